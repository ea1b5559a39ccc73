FROM golang:1.23.3 AS build
# ok: iac/docker-no-user
USER root
RUN go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
