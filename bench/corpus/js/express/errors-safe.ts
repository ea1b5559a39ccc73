import express, { NextFunction, Request, Response } from 'express';
import pino from 'pino';

const logger = pino();
export const app = express();

class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

app.get('/items/:id', (req: Request, res: Response, next: NextFunction) => {
  if (!/^\d+$/.test(req.params.id)) return next(new HttpError(400, 'id must be numeric'));
  res.json({ id: Number(req.params.id) });
});

// Safe: stack only in development, expected errors have curated messages
app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  logger.error({ err }, 'request failed');
  if (err instanceof HttpError) {
    // ok: js/stack-trace-exposure
    return res.status(err.status).json({ error: err.message });
  }
  const body: Record<string, string> = { error: 'Internal Server Error' };
  if (process.env.NODE_ENV === 'development') body.stack = err.stack ?? '';
  // ok: js/stack-trace-exposure
  res.status(500).json(body);
});
