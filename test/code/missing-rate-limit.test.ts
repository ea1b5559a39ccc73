/**
 * js/missing-rate-limit across files: projects written to temp dirs and scanned for real. The
 * annotated fixture (rules/missing-rate-limit.fixture/) covers per-route cases in a project without
 * a global limiter; here each project differs only in where (or whether) a limiter is applied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { isAuthPath, prefixCovers } from '../../src/analyzers/code/rules/missing-rate-limit.js';

const AUTH_ROUTES = [
  "const router = require('express').Router();",
  "const { login, verifyOtp } = require('../controllers/auth');",
  "router.post('/login', login);",
  "router.post('/otp/verify', verifyOtp);",
  'module.exports = router;',
].join('\n');

async function scanProject(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'vouch-rate-limit-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const result = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
    assert.deepEqual(result.notices.filter((n) => n.level === 'error'), []);
    return result.findings.filter((f) => f.ruleId === 'js/missing-rate-limit').map((f) => `${f.location.path}:${f.location.startLine}`).sort();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function expressServer(limiterLine: string): string {
  return [
    "const express = require('express');",
    "const rateLimit = require('express-rate-limit');",
    "const authRoutes = require('./routes/auth');",
    'const app = express();',
    'const limiter = rateLimit({ windowMs: 60000, limit: 100 });',
    limiterLine,
    "app.use('/api/auth', authRoutes);",
    'app.listen(3000);',
  ].join('\n');
}

test('routes in routes/auth.js are reported when nothing limits them', async () => {
  const found = await scanProject({ 'server.js': expressServer('// no limiter'), 'routes/auth.js': AUTH_ROUTES });
  assert.deepEqual(found, ['routes/auth.js:3', 'routes/auth.js:4']);
});

test('app.use(limiter) in server.js covers routes declared in another file', async () => {
  assert.deepEqual(await scanProject({ 'server.js': expressServer('app.use(limiter);'), 'routes/auth.js': AUTH_ROUTES }), []);
});

test('an app-wide limiter applied after a route or a router mount does not cover them', async () => {
  const server = [
    "const express = require('express');",
    "const rateLimit = require('express-rate-limit');",
    "const authRoutes = require('./routes/auth');",
    'const app = express();',
    "app.post('/admin/login', (req, res) => res.end());",
    "app.use('/api/auth', authRoutes);",
    'app.use(rateLimit({ windowMs: 60000, limit: 100 }));',
    "app.post('/partner/login', (req, res) => res.end());",
  ].join('\n');
  assert.deepEqual(await scanProject({ 'server.js': server, 'routes/auth.js': AUTH_ROUTES }), ['routes/auth.js:3', 'routes/auth.js:4', 'server.js:5']);
});

test('a limiter mounted on a prefix covers only the routes under it', async () => {
  assert.deepEqual(await scanProject({ 'server.js': expressServer("app.use('/api/auth', limiter);"), 'routes/auth.js': AUTH_ROUTES }), []);
  const other = await scanProject({ 'server.js': expressServer("app.use('/api/admin', limiter);"), 'routes/auth.js': AUTH_ROUTES });
  assert.deepEqual(other, ['routes/auth.js:3', 'routes/auth.js:4']);
});

test('a limiter mounted on a list of paths covers exactly those paths', async () => {
  const found = await scanProject({
    'app.js': [
      "const app = require('express')();",
      "const rateLimit = require('express-rate-limit');",
      "app.use(['/login', '/otp/verify'], rateLimit({ windowMs: 60000, limit: 5 }));",
      "app.post('/login', (req, res) => res.end());",
      "app.post('/otp/verify', (req, res) => res.end());",
      "app.post('/admin/login', (req, res) => res.end());",
    ].join('\n'),
  });
  assert.deepEqual(found, ['app.js:6']);
});

test('Hapi: hapi-rate-limit registered as a plugin covers every route', async () => {
  const server = (register: string) => [
    "const Hapi = require('@hapi/hapi');",
    'async function start() {',
    '  const server = Hapi.server({ port: 3000 });',
    register,
    "  server.route({ method: 'POST', path: '/login', handler: () => 'ok' });",
    '}',
  ].join('\n');
  assert.deepEqual(await scanProject({ 'server.js': server("  await server.register({ plugin: require('hapi-rate-limit'), options: { userLimit: 50 } });") }), []);
  assert.deepEqual(await scanProject({ 'server.js': server("  await server.register({ plugin: require('@hapi/inert') });") }), ['server.js:5']);
});

test('a limiter in the same app.use() as the router mount covers the router (ESM, .js specifier to .ts file)', async () => {
  const found = await scanProject({
    'src/server.ts': [
      "import express from 'express';",
      "import rateLimit from 'express-rate-limit';",
      "import authRouter from './routes/auth.js';",
      'const app = express();',
      "app.use('/auth', rateLimit({ windowMs: 60000, limit: 10 }), authRouter);",
    ].join('\n'),
    'src/routes/auth.ts': [
      "import { Router } from 'express';",
      'const router = Router();',
      "router.post('/login', (req, res) => res.json({}));",
      'export default router;',
    ].join('\n'),
  });
  assert.deepEqual(found, []);
});

test('NestJS: a global ThrottlerGuard (APP_GUARD) covers every controller', async () => {
  const controller = [
    "import { Controller, Post } from '@nestjs/common';",
    "@Controller('auth')",
    'export class AuthController {',
    "  @Post('login')",
    '  login() { return {}; }',
    '}',
  ].join('\n');
  assert.deepEqual(await scanProject({ 'src/auth.controller.ts': controller }), ['src/auth.controller.ts:4']);
  const module = [
    "import { Module } from '@nestjs/common';",
    "import { APP_GUARD } from '@nestjs/core';",
    "import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';",
    '@Module({',
    '  imports: [ThrottlerModule.forRoot([{ ttl: 60000, limit: 10 }])],',
    '  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],',
    '})',
    'export class AppModule {}',
  ].join('\n');
  assert.deepEqual(await scanProject({ 'src/auth.controller.ts': controller, 'src/app.module.ts': module }), []);
});

test('Next.js: middleware.ts with a limiter covers route handlers', async () => {
  const route = "export async function POST(req: Request) { return Response.json(await req.json()); }\n";
  assert.deepEqual(await scanProject({ 'app/api/auth/login/route.ts': route }), ['app/api/auth/login/route.ts:1']);
  const middleware = [
    "import { Ratelimit } from '@upstash/ratelimit';",
    "import { Redis } from '@upstash/redis';",
    "const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.fixedWindow(10, '1 m') });",
    'export async function middleware(req) {',
    "  const { success } = await ratelimit.limit(req.ip ?? 'anon');",
    "  return success ? undefined : new Response('Too many requests', { status: 429 });",
    '}',
  ].join('\n');
  assert.deepEqual(await scanProject({ 'app/api/auth/login/route.ts': route, 'middleware.ts': middleware }), []);
});

test('api/ files: a serverless function is an endpoint, a handler module imported by a router is not', async () => {
  const fn = "export default async function handler(req, res) {\n  if (req.method !== 'POST') return res.status(405).end();\n  res.json({});\n}\n";
  assert.deepEqual(await scanProject({ 'api/login.js': fn }), ['api/login.js:1']);
  const handlerModule = 'export default async function login(req, res) {\n  res.json({});\n}\n';
  assert.deepEqual(await scanProject({ 'src/api/login.js': handlerModule }), []);
  const router = "import express from 'express';\nimport rateLimit from 'express-rate-limit';\nimport login from './api/login.js';\nconst router = express.Router();\nrouter.post('/login', rateLimit({ limit: 5 }), login);\nexport default router;\n";
  assert.deepEqual(await scanProject({ 'src/api/login.js': fn, 'src/routes.js': router }), []);
});

test('Fastify: @fastify/rate-limit registered globally, unless global: false', async () => {
  const app = (opts: string) => [
    "const fastify = require('fastify')();",
    "fastify.register(require('@fastify/rate-limit'), " + opts + ');',
    "fastify.post('/login', async () => ({}));",
  ].join('\n');
  assert.deepEqual(await scanProject({ 'app.js': app('{ max: 100 }') }), []);
  assert.deepEqual(await scanProject({ 'app.js': app('{ global: false }') }), ['app.js:3']);
});

test('an unlimited route carries its line and any suppression comment from its own file', async () => {
  const { findUnlimitedAuthRoutes } = await import('../../src/analyzers/code/project-rules.js');
  const { analyzeJs } = await import('../../src/analyzers/code/index.js');
  const text = [
    "const app = require('express')();",
    '// vouch-ignore[js/missing-rate-limit]: limited by the API gateway in front of this service',
    "app.post('/login', (req, res) => res.end());",
    "app.post('/otp/verify', (req, res) => res.end());",
  ].join('\n');
  const facts = analyzeJs({ path: 'app.js', absPath: '/x/app.js', kind: 'javascript', text }).facts as Record<string, unknown>;
  const findings = findUnlimitedAuthRoutes(new Map([['app.js', facts]]));
  assert.deepEqual(findings.map((f) => [f.location.startLine, f.snippet, f.externalSuppression?.reason ?? null]), [
    [3, "app.post('/login', (req, res) => res.end());", 'limited by the API gateway in front of this service'],
    [4, "app.post('/otp/verify', (req, res) => res.end());", null],
  ]);
});

test('auth path recognition and prefix coverage', () => {
  for (const p of ['/login', '/api/auth/sign-in', '/auth/token', '/2fa/verify', '/otp/verify', '/verify-otp', '/users/:id/verify-pin']) assert.ok(isAuthPath(p), p);
  for (const p of ['/signup', '/register', '/forgot-password', '/password/reset', '/otp', '/otp/send', '/2fa', '/logout', '/loginHistory/export', '/tokens', '/api/orders', '/password', '/auth/me', '/blog/registered-users']) assert.ok(!isAuthPath(p), p);
  assert.ok(prefixCovers('', '/x'));
  assert.ok(prefixCovers('/api/auth', '/api/auth/login'));
  assert.ok(!prefixCovers('/api/auth', '/api/authors/login'));
});
