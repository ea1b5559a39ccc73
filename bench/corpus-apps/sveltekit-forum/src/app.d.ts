import type { SessionUser } from '$lib/server/auth';

declare global {
  namespace App {
    interface Locals {
      user: SessionUser | null;
    }
    interface Error {
      message: string;
      errorId?: string;
    }
  }
}

export {};
