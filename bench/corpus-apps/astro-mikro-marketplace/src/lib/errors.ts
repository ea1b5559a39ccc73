import { logger, clean } from './logger';

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

export function jsonError(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: message }), { status, headers: JSON_HEADERS });
}

export function toErrorResponse(err: unknown, requestId: string): Response {
  if (err instanceof HttpError) {
    return jsonError(err.status, err.message);
  }
  const e = err as Error & { detail?: string; sql?: string; code?: string };
  logger.error(`[${requestId}] unhandled ${clean(e?.name)}: ${clean(e?.message)}`);
  // vuln: CWE-209
  return new Response(JSON.stringify({ error: e.message, code: e.code, detail: e.detail, sql: e.sql, stack: e.stack, requestId }), {
    status: 500,
    headers: JSON_HEADERS,
  });
}
