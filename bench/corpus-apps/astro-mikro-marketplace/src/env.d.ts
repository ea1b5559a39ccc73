/// <reference path="../.astro/types.d.ts" />
/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    em: import('@mikro-orm/postgresql').EntityManager;
    user: import('./lib/session').SessionUser | null;
    locale: string;
    currency: string;
    requestId: string;
  }
}
