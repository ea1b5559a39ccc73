import type { NextFunction, Request, Response } from 'express';

declare module 'express-serve-static-core' {
  interface Request {
    tenant?: string;
    locale?: string;
  }
}

// The load balancer forwards the customer's tenant in a header; the locale comes from a cookie.
export function tenantContext(req: Request, _res: Response, next: NextFunction) {
  req.tenant = String(req.headers['x-tenant'] ?? 'public');
  req.locale = String(req.cookies?.lang ?? 'en');
  next();
}
