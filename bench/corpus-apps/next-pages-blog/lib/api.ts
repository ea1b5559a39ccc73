import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';

const TRUSTED_ORIGINS = (process.env.TRUSTED_ORIGINS ?? 'https://inkwell.blog,https://studio.inkwell.blog').split(',');

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

/** Wraps an API route: method check plus one place to turn exceptions into JSON. */
export function apiRoute(methods: string[], handler: NextApiHandler): NextApiHandler {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    if (!methods.includes(req.method ?? 'GET')) {
      res.setHeader('Allow', methods.join(', '));
      return res.status(405).json({ error: 'method not allowed' });
    }
    try {
      return await handler(req, res);
    } catch (err) {
      if (err instanceof HttpError) {
        // safe: CWE-209
        return res.status(err.status).json({ error: err.message });
      }
      const e = err as Error & { code?: string; sqlMessage?: string };
      console.error(e);
      // vuln: CWE-209
      return res.status(500).json({ error: e.message, code: e.code, sql: e.sqlMessage, stack: e.stack });
    }
  };
}

/** The writing studio (separate origin) calls the API with the session cookie. */
export function studioCors(req: NextApiRequest, res: NextApiResponse): boolean {
  const origin = req.headers.origin;
  if (origin && TRUSTED_ORIGINS.includes(origin)) {
    // safe: CWE-942
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return true;
  }
  return false;
}

/** Embeddable widgets ("latest posts") on partner sites. */
export function widgetCors(req: NextApiRequest, res: NextApiResponse): void {
  // vuln: CWE-942
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}

export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
