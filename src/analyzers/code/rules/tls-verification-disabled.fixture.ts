// ESM / TypeScript: node: imports, named Agent, undici, Prisma/TypeORM/Redis/WebSocket clients.
import { Agent } from 'node:https';
import * as tls from 'node:tls';
import { readFileSync } from 'node:fs';
import axios, { type AxiosInstance } from 'axios';
import { Agent as UndiciAgent, setGlobalDispatcher } from 'undici';
import { DataSource } from 'typeorm';
import Redis from 'ioredis';
import WebSocket from 'ws';

export const billingClient: AxiosInstance = axios.create({
  baseURL: process.env.BILLING_URL,
  // ruleid: js/tls-verification-disabled
  httpsAgent: new Agent({ rejectUnauthorized: false }),
});

setGlobalDispatcher(new UndiciAgent({
  connect: {
    // ruleid: js/tls-verification-disabled
    rejectUnauthorized: false,
  },
}));

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  // ruleid: js/tls-verification-disabled
  ssl: { rejectUnauthorized: false } as const,
  // ok: js/tls-verification-disabled
  extra: { ssl: { ca: readFileSync('/etc/ssl/rds-ca.pem', 'utf8') } },
});

export const redis = new Redis(process.env.REDIS_URL as string, {
  // ruleid: js/tls-verification-disabled
  tls: { rejectUnauthorized: false },
});

// ok: js/tls-verification-disabled
export const cache = new Redis(process.env.CACHE_URL as string, { tls: { servername: 'cache.internal' } });

export function openFeed(url: string): WebSocket {
  // ruleid: js/tls-verification-disabled
  return new WebSocket(url, { rejectUnauthorized: !1 });
}

export function pinnedSocket(host: string, ca: Buffer): tls.TLSSocket {
  // ok: js/tls-verification-disabled
  return tls.connect({ host, port: 443, ca, servername: host, rejectUnauthorized: !0 });
}

interface TlsOptions {
  // A type declaration is not a setting.
  // ok: js/tls-verification-disabled
  rejectUnauthorized: false;
}

export const PRISMA_URL = `${process.env.DB_BASE}?sslmode=require`;
// ruleid: js/tls-verification-disabled
export const REPLICA_URL = `${process.env.REPLICA_BASE}?sslmode=no-verify&connection_limit=5`;
export type { TlsOptions };
