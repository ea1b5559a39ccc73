import type { D1Database, KVNamespace } from '@cloudflare/workers-types';

export type Bindings = {
  DB: D1Database;
  CACHE: KVNamespace;
  JWT_SECRET: string;
  WEBHOOK_SIGNING_KEY: string;
  BILLING_URL: string;
  APP_ORIGIN: string;
};

export type Role = 'member' | 'admin';

export type AuthUser = {
  id: number;
  email: string;
  role: Role;
};

export type Variables = {
  user: AuthUser;
  requestId: string;
};

export type AppEnv = {
  Bindings: Bindings;
  Variables: Variables;
};
