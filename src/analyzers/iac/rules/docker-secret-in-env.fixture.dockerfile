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
# ok: iac/docker-secret-in-env
ENV APP_ENV=production \
    LOG_LEVEL=info \
    # ruleid: iac/docker-secret-in-env
    STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
USER node
