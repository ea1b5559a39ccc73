// NestJS bootstrap, Fastify, Koa and Next.js configs.
import { NestFactory } from '@nestjs/core';
import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';
import Koa from 'koa';
import koaCors from '@koa/cors';
import { NextResponse, type NextRequest } from 'next/server';
import { AppModule } from './app.module';

export async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  // ruleid: js/permissive-cors
  app.enableCors();
  await app.listen(3000);
}

export async function bootstrapWithCookies() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({
    // ruleid: js/permissive-cors
    origin: true,
    credentials: true,
  });
  await app.listen(3000);
}

export async function bootstrapStrict() {
  // ok: js/permissive-cors
  const app = await NestFactory.create(AppModule, { cors: { origin: ['https://app.example.com'], credentials: true } });
  // ok: js/permissive-cors
  app.enableCors({ origin: process.env.ALLOWED_ORIGINS?.split(',') ?? [], credentials: true });
  await app.listen(3000);
}

export async function bootstrapDefaultCors() {
  // ruleid: js/permissive-cors
  const app = await NestFactory.create(AppModule, { cors: true });
  await app.listen(3000);
}

export async function startFastify() {
  const fastify = Fastify({ logger: true });
  // ruleid: js/permissive-cors
  await fastify.register(fastifyCors, { origin: '*' });
  // ok: js/permissive-cors
  await fastify.register(fastifyCors, { origin: ['https://app.example.com'] });
  return fastify;
}

export function startKoa() {
  const app = new Koa();
  // @koa/cors echoes the request Origin when none is configured.
  // ruleid: js/permissive-cors
  app.use(koaCors({ credentials: true }));
  // ok: js/permissive-cors
  app.use(koaCors({ origin: 'https://app.example.com', credentials: true }));
  // ruleid: js/permissive-cors
  app.use(koaCors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));
  app.use(koaCors({
    // ok: js/permissive-cors
    origin: (ctx) => (allowed.has(ctx.get('Origin')) ? ctx.get('Origin') : ''),
    credentials: true,
  }));
  // A public read-only widget route (@koa/cors names its methods option `allowMethods`).
  // ok: js/permissive-cors
  app.use(koaCors({ origin: '*', allowMethods: 'GET' }));
  // ruleid: js/permissive-cors
  app.use(koaCors({ origin: '*', allowMethods: ['GET', 'POST'] }));
  return app;
}

export async function startHapi(Hapi: any) {
  const server = Hapi.server({
    port: 3000,
    // ruleid: js/permissive-cors
    routes: { cors: { origin: ['*'], credentials: true } },
  });
  const strict = Hapi.server({
    port: 3001,
    // ok: js/permissive-cors
    routes: { cors: { origin: ['https://app.example.com'] } },
  });
  return [server, strict];
}

// Next.js middleware
export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  const origin = request.headers.get('origin') ?? '';
  // ruleid: js/permissive-cors
  response.headers.set('Access-Control-Allow-Origin', origin);
  response.headers.set('Access-Control-Allow-Credentials', 'true');
  return response;
}

const allowed = new Set(['https://app.example.com']);
export function strictMiddleware(request: NextRequest) {
  const response = NextResponse.next();
  const origin = request.headers.get('origin');
  if (origin !== null && allowed.has(origin)) {
    // ok: js/permissive-cors
    response.headers.set('Access-Control-Allow-Origin', origin);
  }
  return response;
}

// next.config.js-style headers()
export const nextConfig = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          // ruleid: js/permissive-cors
          { key: 'Access-Control-Allow-Origin', value: '*' },
          // ok: js/permissive-cors
          { key: 'Access-Control-Allow-Methods', value: 'GET,POST' },
        ],
      },
      {
        source: '/embed/:path*',
        // ok: js/permissive-cors
        headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://partner.example.com' }],
      },
    ];
  },
};

// Header objects for a Fetch Response: `*` beside read-only methods and no credentials is a public feed.
export function publicFeedHeaders(): Record<string, string> {
  // ok: js/permissive-cors
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD' };
}

export function writableApiHeaders(): Record<string, string> {
  // ruleid: js/permissive-cors
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, POST, DELETE' };
}

export function credentialedFeedHeaders(): Record<string, string> {
  // ruleid: js/permissive-cors
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Credentials': 'true' };
}
