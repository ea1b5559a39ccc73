FROM node:22.11-slim AS base
USER node

# ok: iac/docker-no-user
FROM base
COPY . /home/node/app
CMD ["node", "/home/node/app/index.js"]
