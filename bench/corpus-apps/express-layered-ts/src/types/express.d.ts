import type { Role } from '../entities/User';

declare global {
  namespace Express {
    interface Request {
      user?: { sub: string; role: Role };
    }
  }
}

export {};
