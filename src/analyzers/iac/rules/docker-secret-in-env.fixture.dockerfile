FROM node:22.11-slim
# ruleid: iac/docker-secret-in-env
ARG NPM_TOKEN
# ruleid: iac/docker-secret-in-env
ENV DATABASE_PASSWORD=s3cr3t-Prod-Value NODE_ENV=production
# ok: iac/docker-secret-in-env
ENV NODE_ENV=production PORT=8080
# ok: iac/docker-secret-in-env
ENV TOKEN_FILE=/run/secrets/token
# ok: iac/docker-secret-in-env
ARG APP_VERSION=1.0.0
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
USER node
