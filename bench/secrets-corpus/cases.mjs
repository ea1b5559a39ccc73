// Labelled cases for bench/secrets-quality.mjs. Each case is a file template: `{{SLOT}}` is
// filled at run time with a value generated in the real format (nothing real-looking is
// committed), and a line ending in ` ⟦S⟧` is a true secret (the marker is removed before the
// scan). Every other line is a negative; many are deliberate near misses.
export const cases = [
  { path: 'api/src/payments.ts', text: `import Stripe from 'stripe';
const stripe = new Stripe('{{STRIPE}}', { apiVersion: '2024-06-20' }); ⟦S⟧
const publishable = 'pk_live_{{ALNUM24}}';
export async function charge(amount: number, customer: string) {
  return stripe.paymentIntents.create({ amount, currency: 'usd', customer });
}` },
  { path: 'api/src/ai.ts', text: `import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
const openai = new OpenAI({ apiKey: "{{OPENAI}}" }); ⟦S⟧
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const model = 'gpt-4o-mini';
export const maxTokens = 4096;` },
  { path: 'api/src/ai_client.py', text: `import os
import anthropic
client = anthropic.Anthropic(api_key="{{ANTHROPIC}}") ⟦S⟧
backup = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
MAX_TOKENS = 1024
def ask(prompt: str) -> str:
    return client.messages.create(model="claude-sonnet-4", max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": prompt}])` },
  { path: '.env', text: `NODE_ENV=production
PORT=3000
GITHUB_TOKEN={{GHP}} ⟦S⟧
SLACK_BOT_TOKEN={{SLACK}} ⟦S⟧
DATABASE_URL=postgresql://app:{{PW}}@db.prod.internal:5432/app ⟦S⟧
REDIS_URL=redis://cache.internal:6379/0
SESSION_SECRET={{ALNUM32}} ⟦S⟧
LOG_LEVEL=info` },
  { path: '.env.example', text: `NODE_ENV=development
GITHUB_TOKEN=ghp_your_token_here
SLACK_BOT_TOKEN=xoxb-your-bot-token
DATABASE_URL=postgresql://user:password@localhost:5432/app
SESSION_SECRET=change-me
STRIPE_SECRET_KEY=sk_test_...
OPENAI_API_KEY=<your-openai-key>` },
  { path: 'infra/main.tf', text: `provider "aws" {
  region     = "us-east-1"
  access_key = "{{AKIA}}" ⟦S⟧
  secret_key = "{{AWS_SECRET}}" ⟦S⟧
}
resource "aws_db_instance" "db" {
  engine         = "postgres"
  username       = "app"
  password       = var.db_password
  instance_class = "db.t3.micro"
}
resource "random_password" "db" {
  length  = 24
  special = true
}` },
  { path: 'infra/variables.tf', text: `variable "db_password" {
  description = "Master password for the database"
  type        = string
  sensitive   = true
}
variable "api_token" {
  type    = string
  default = "{{ALNUM40}}" ⟦S⟧
}` },
  { path: 'k8s/secret.yaml', text: `apiVersion: v1
kind: Secret
metadata:
  name: app-credentials
type: Opaque
stringData:
  DB_PASSWORD: "{{PW}}" ⟦S⟧
  SENDGRID_API_KEY: {{SENDGRID}} ⟦S⟧
  JWT_PUBLIC_KEY_PATH: /etc/keys/jwt.pub` },
  { path: 'k8s/deployment.yaml', text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api@sha256:{{HEX64}}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: app-credentials
                  key: DB_PASSWORD` },
  { path: '.github/workflows/deploy.yml', text: `name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{{HEX40}}
      - run: npm ci
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: curl -X POST -H "Authorization: token {{GHP}}" https://api.github.com/repos/acme/app/dispatches ⟦S⟧` },
  { path: 'docker-compose.yml', text: `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {{PW}} ⟦S⟧
  api:
    build: .
    environment:
      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD}@db:5432/app
      MAILGUN_API_KEY: key-{{HEX32}} ⟦S⟧
  adminer:
    image: adminer:4
    environment:
      ADMINER_DEFAULT_SERVER: db` },
  { path: 'Dockerfile', text: `FROM python:3.12-slim
WORKDIR /app
ENV PIP_NO_CACHE_DIR=1
ENV HF_TOKEN={{HF}} ⟦S⟧
ARG PYPI_TOKEN
COPY requirements.txt .
RUN pip install -r requirements.txt
CMD ["gunicorn", "app:app"]` },
  { path: 'app/settings.py', text: `import os
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-{{LOWER40}}" ⟦S⟧
DEBUG = False
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "app", "USER": "app", "PASSWORD": "{{PW}}", "HOST": "db"}} ⟦S⟧
AWS_STORAGE_BUCKET_NAME = "acme-static"
AWS_ACCESS_KEY_ID = os.getenv("AWS_ACCESS_KEY_ID")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]` },
  { path: 'app/config.py', text: `class Config:
    SQLALCHEMY_DATABASE_URI = "mysql+pymysql://svc:{{PW}}@mysql.internal/app" ⟦S⟧
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    TWILIO_AUTH_TOKEN = "{{HEX32}}" ⟦S⟧
    TWILIO_ACCOUNT_SID = "AC{{HEX32}}"
    MAIL_PASSWORD = None
    TOKEN_EXPIRY_SECONDS = 3600` },
  { path: 'src/main/resources/application.properties', text: `spring.application.name=orders
spring.datasource.url=jdbc:postgresql://db:5432/orders
spring.datasource.username=orders
spring.datasource.password={{PW}} ⟦S⟧
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health
jwt.secret={{ALNUM40}} ⟦S⟧
jwt.expiration=86400` },
  { path: 'cmd/server/main.go', text: `package main

import "os"

const gitlabToken = "{{GLPAT}}" ⟦S⟧
var dbPassword = os.Getenv("DB_PASSWORD")
const defaultTimeout = 30

func main() {
	token := os.Getenv("API_TOKEN")
	_ = token
}` },
  { path: 'config/settings.json', text: `{
  "service": "reporting",
  "mapsApiKey": "{{GCP}}", ⟦S⟧
  "clientId": "{{UUID}}",
  "clientSecret": "{{ALNUM40}}", ⟦S⟧
  "tokenEndpoint": "https://login.microsoftonline.com/common/oauth2/v2.0/token",
  "passwordPolicy": { "minLength": 12, "requireSymbols": true },
  "cacheKey": "reports:v2",
  "buildSha": "{{HEX40}}"
}` },
  { path: 'notebooks/explore.ipynb', text: `{
 "cells": [
  {
   "cell_type": "code",
   "source": [
    "import openai, os\\n",
    "openai.api_key = \\"{{OPENAI}}\\"\\n", ⟦S⟧
    "wandb_key = os.environ[\\"WANDB_API_KEY\\"]\\n",
    "df = pd.read_csv(\\"s3://acme-data/events.csv\\")\\n"
   ]
  }
 ],
 "nbformat": 4,
 "nbformat_minor": 5
}` },
  { path: 'docs/setup.md', text: `# Setup

Export your key first:

    export OPENAI_API_KEY=sk-...
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Our staging bot posts to {{SLACK_WEBHOOK}} for now. ⟦S⟧

Then call the API with \`Authorization: Bearer <token>\`.` },
  { path: 'scripts/deploy.sh', text: `#!/usr/bin/env bash
set -euo pipefail
export NPM_TOKEN={{NPM}} ⟦S⟧
export DOCKER_PASSWORD="\${DOCKER_PASSWORD:?missing}"
docker login -u ci -p "{{DOCKERHUB}}" ⟦S⟧
git push https://ci-bot:{{PW}}@git.acme-corp.net/team/app.git main ⟦S⟧
echo "deployed $(git rev-parse --short HEAD)"` },
  { path: 'src/db.js', text: `const mongoose = require('mongoose');
mongoose.connect('mongodb+srv://admin:{{PW}}@cluster0.abcde.mongodb.net/prod?retryWrites=true'); ⟦S⟧
const local = 'mongodb://localhost:27017/test';
const { Pool } = require('pg');
const pool = new Pool({ host: 'db', user: 'app', password: process.env.PGPASSWORD });
module.exports = { pool };` },
  { path: 'src/auth.js', text: `const jwt = require('jsonwebtoken');
const JWT_SECRET = '{{ALNUM32}}'; ⟦S⟧
const TOKEN_TTL = '1h';
function sign(user) { return jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: TOKEN_TTL }); }
function verify(token) { return jwt.verify(token, JWT_SECRET); }
const resetTokenLength = 32;
const csrfTokenHeader = 'x-csrf-token';
module.exports = { sign, verify };` },
  { path: 'src/keys.js', text: `// Service account for the nightly export
const key = {
  type: 'service_account',
  project_id: 'acme-exports',
  private_key_id: '{{HEX40}}', ⟦S⟧
  private_key: '-----BEGIN PRIVATE KEY-----\\n{{PEM_ESCAPED}}\\n-----END PRIVATE KEY-----\\n', ⟦S⟧
  client_email: 'export@acme-exports.iam.gserviceaccount.com',
};
module.exports = key;` },
  { path: 'deploy/id_ed25519', text: `-----BEGIN OPENSSH PRIVATE KEY----- ⟦S⟧
{{PEM_BODY}}
-----END OPENSSH PRIVATE KEY-----` },
  { path: 'deploy/id_ed25519.pub', text: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{{B64_43}} deploy@acme` },
  { path: 'src/test/fixtures.ts', text: `export const users = [
  { email: 'alice@example.com', password_hash: '$2b$12\${{B64_53}}' },
  { email: 'bob@example.com', password: '$2b$10\${{B64_53}}' },
];
export const apiKey = 'test-api-key';
export const fakeToken = 'fake-token-for-tests';
export const requestId = '{{UUID}}';` },
  { path: 'src/i18n/en.json', text: `{
  "login.password": "Password",
  "login.passwordHint": "At least 12 characters",
  "login.forgotPassword": "Forgot your password?",
  "settings.apiKey": "API key",
  "settings.tokenExpired": "Your session token has expired, please sign in again"
}` },
  { path: 'package-lock.json', text: `{
  "name": "app",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-{{B64_86}}=="
    }
  }
}` },
  { path: 'web/.env.local', text: `NEXT_PUBLIC_SUPABASE_URL=https://abcdefgh.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY={{ANON_JWT}}
SUPABASE_SERVICE_ROLE_KEY={{SERVICE_JWT}} ⟦S⟧
NEXT_PUBLIC_POSTHOG_KEY=phc_{{ALNUM43}}` },
  { path: 'src/integrations.ts', text: `export const config = {
  sendgrid: { apiKey: '{{SENDGRID}}' }, ⟦S⟧
  twilio: { accountSid: 'AC{{HEX32}}', authToken: process.env.TWILIO_AUTH_TOKEN },
  discord: { webhook: '{{DISCORD_WEBHOOK}}' }, ⟦S⟧
  telegram: { botToken: '{{TELEGRAM}}' }, ⟦S⟧
  sentry: { dsn: 'https://{{HEX32}}@o123456.ingest.sentry.io/4504' },
  shopify: { accessToken: '{{SHOPIFY}}' }, ⟦S⟧
  stripeWebhookSecret: '{{WHSEC}}', ⟦S⟧
};` },
  { path: 'src/low-entropy.ts', text: `export const dbConfig = {
  host: 'localhost',
  user: 'root',
  password: 'admin123', ⟦S⟧
};
export const adminPassword = 'hunter2'; ⟦S⟧
export const passwordField = 'password';` },
  { path: 'src/minified.js', text: `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},n.tokenKey="{{HEX40}}".length,n.p="/static/{{HEX32}}/"}([]);` },
  { path: 'config/database.yml', text: `default: &default
  adapter: postgresql
  pool: 5
production:
  <<: *default
  database: app_production
  username: app
  password: <%= ENV["DATABASE_PASSWORD"] %>
staging:
  <<: *default
  url: postgres://app:{{PW}}@staging-db.internal/app ⟦S⟧` },
];
