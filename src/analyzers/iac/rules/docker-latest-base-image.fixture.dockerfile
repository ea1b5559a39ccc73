ARG BASE=node:latest
ARG RUNTIME_TAG=3.20.3
ARG REGISTRY
# ruleid: iac/docker-latest-base-image
FROM node:latest AS build
RUN echo build
# ruleid: iac/docker-latest-base-image
FROM --platform=linux/amd64 ubuntu
# ok: iac/docker-latest-base-image
FROM build
# ok: iac/docker-latest-base-image
FROM python:3.12.7-slim@sha256:4c1e997385b8fb4ad4d1d3c7e5af7ff3f882e846b4a6e77bb3e5ddb2c4d3d7a1
# ok: iac/docker-latest-base-image
FROM registry.example.com:5000/base:2.3.1
# ruleid: iac/docker-latest-base-image
FROM ${BASE} AS from-arg
# ok: iac/docker-latest-base-image
FROM alpine:${RUNTIME_TAG}
# ok: iac/docker-latest-base-image
FROM ${REGISTRY}/base:2.3.1
# ruleid: iac/docker-latest-base-image
FROM ${IMAGE:-debian}
USER 10001
