/**
 * The Vouch server: upload API for CI, read API and dashboard for people, /metrics for
 * Prometheus. Stateless over its store, so several instances can share one PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { allRules } from '../analyzers/registry.js';
import { SEVERITIES } from '../findings/severity.js';
import { computeKpis, ORIGINS, type Bucket } from '../store/kpis.js';
import type { FindingState, TokenScope } from '../store/schema.js';
import { Store } from '../store/store.js';
import { createMetrics } from './metrics.js';
import { parseUpload, UploadRejected } from './validate.js';

export interface ServerOptions {
  store: Store;
  /** Largest accepted request body in bytes (default 32 MiB: a report with ~30,000 findings). */
  bodyLimit?: number;
  logger?: boolean;
}

const STATES: FindingState[] = ['open', 'fixed', 'suppressed', 'baseline'];
const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'assets', 'dashboard');

/** A client error with a status and a message meant for the caller. */
class HttpError extends Error {
  constructor(readonly statusCode: number, message: string, readonly details?: string[]) {
    super(message);
  }
}

/** Database errors that mean "not reachable right now" (503, retry), not "bug" (500). */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; name?: string };
  if (e?.name === 'StoreUnavailableError') return true;
  const code = String(e?.code ?? '');
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|57P0[123]|08\d\d\d|53300|SQLITE_BUSY|SQLITE_CANTOPEN|SQLITE_IOERR.*)$/.test(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|database is locked/i.test(e?.message ?? '');
}

function list(value: unknown): string[] | undefined {
  if (value === undefined || value === '') return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T[] | undefined {
  const items = list(value);
  const bad = items?.find((i) => !(allowed as readonly string[]).includes(i));
  if (bad !== undefined) throw new HttpError(400, `${name}: unknown value '${bad.slice(0, 40)}' (choose from ${allowed.join(', ')})`);
  return items as T[] | undefined;
}

function time(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  const d = new Date(String(value));
  if (Number.isNaN(d.getTime())) throw new HttpError(400, `${name} must be an ISO-8601 date or date-time, not '${String(value).slice(0, 40)}'`);
  return d.toISOString();
}

function int(name: string, value: unknown, def: number, max: number): number {
  if (value === undefined || value === '') return def;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new HttpError(400, `${name} must be a whole number from 0 to ${max}`);
  return n;
}

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m?.[1];
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: opts.bodyLimit ?? 32 * 1024 * 1024 });
  const metrics = createMetrics(store);
  const rules = new Map(allRules().map((r) => [r.id, r]));

  const authorize = (scope: TokenScope) => async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = bearer(req);
    if (!token) {
      void reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'authentication required: send Authorization: Bearer <token> (create one with `vouch token create`)');
    }
    const info = await store.verifyToken(token);
    if (!info) {
      void reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw new HttpError(401, 'the token is unknown or revoked');
    }
    if (info.scope !== scope) throw new HttpError(403, `this token has scope '${info.scope}'; this request needs scope '${scope}'`);
  };

  app.setErrorHandler((err: unknown, req, reply) => {
    const e = err as { statusCode?: number; message?: string; details?: string[]; code?: string; validation?: unknown };
    if (err instanceof HttpError || err instanceof UploadRejected) {
      return reply.status(e.statusCode!).send({ error: statusText(e.statusCode!), message: e.message, ...(e.details ? { details: e.details } : {}) });
    }
    if (isUnavailable(err)) {
      req.log.warn({ err }, 'store unavailable');
      return reply.status(503).header('retry-after', '5').send({ error: 'Service Unavailable', message: 'the database is unavailable; nothing was written; retry later' });
    }
    // Fastify's own client errors: malformed JSON, body too large, wrong content type.
    if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
      const message = e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `the body is larger than the server's limit of ${app.initialConfig.bodyLimit} bytes` : e.message;
      return reply.status(e.statusCode).send({ error: statusText(e.statusCode), message });
    }
    req.log.error({ err }, 'request failed');
    return reply.status(500).send({ error: 'Internal Server Error', message: 'the server failed to handle the request' });
  });

  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` }));

  app.get('/healthz', async (_req, reply) => {
    try {
      await store.ping();
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable', message: 'the database is unavailable' });
    }
  });

  app.get('/metrics', async (_req, reply) => {
    const text = await metrics.metrics();
    return reply.type(metrics.contentType).send(text);
  });

  app.post('/api/v1/scans', { preHandler: authorize('upload') }, async (req, reply) => {
    const upload = parseUpload(req.body);
    const { id, duplicate } = await store.recordScan(upload);
    return reply.status(duplicate ? 200 : 201).send({ id, duplicate });
  });

  app.get('/api/v1/scans', { preHandler: authorize('read') }, async (req) => {
    const q = req.query as Record<string, unknown>;
    const scans = await store.listScans({
      repository: list(q.repository), branch: list(q.branch)?.[0], from: time('from', q.from), to: time('to', q.to),
      limit: int('limit', q.limit, 100, 1000), offset: int('offset', q.offset, 0, 1_000_000),
    });
    return { scans: scans.map(scanJson) };
  });

  app.get('/api/v1/scans/:id', { preHandler: authorize('read') }, async (req) => {
    const scan = await store.getScan((req.params as { id: string }).id);
    if (!scan) throw new HttpError(404, 'no scan with this id');
    return scanJson(scan);
  });

  app.get('/api/v1/findings', { preHandler: authorize('read') }, async (req) => {
    const q = req.query as Record<string, unknown>;
    const findings = await store.listFindings({
      repository: list(q.repository), branch: list(q.branch)?.[0],
      severity: oneOf('severity', q.severity, SEVERITIES), origin: oneOf('origin', q.origin, ORIGINS), state: oneOf('status', q.status, STATES),
      from: time('from', q.from), to: time('to', q.to), limit: int('limit', q.limit, 100, 1000), offset: int('offset', q.offset, 0, 1_000_000),
    });
    return { findings: findings.map(findingJson) };
  });

  app.get('/api/v1/findings/:id', { preHandler: authorize('read') }, async (req) => {
    const h = await store.findingHistory((req.params as { id: string }).id);
    if (!h) throw new HttpError(404, 'no finding with this id');
    const rule = rules.get(h.finding.rule_id);
    return {
      ...findingJson(h.finding),
      rule: rule ? { id: rule.id, title: rule.title, cwe: rule.cwe, owasp: rule.owasp ?? null, description: rule.description, fix: rule.fix, examples: rule.examples ?? null } : null,
      events: h.events,
      occurrences: h.occurrences,
    };
  });

  app.get('/api/v1/repositories', { preHandler: authorize('read') }, async () => {
    const rows = await store.db.selectFrom('scans').select('repository').distinct().orderBy('repository').execute();
    return { repositories: rows.map((r) => r.repository) };
  });

  app.get('/api/v1/kpis', { preHandler: authorize('read') }, async (req) => {
    const q = req.query as Record<string, unknown>;
    const to = time('to', q.to) ?? new Date().toISOString();
    const from = time('from', q.from) ?? new Date(Date.parse(to) - 30 * 86_400_000).toISOString();
    if (from > to) throw new HttpError(400, 'from must not be after to');
    const bucket = (oneOf('bucket', q.bucket, ['day', 'week', 'month'] as const)?.[0] ?? 'day') as Bucket;
    return computeKpis(store, { from, to, bucket, repositories: list(q.repository), origins: oneOf('origin', q.origin, ORIGINS) });
  });

  // The dashboard: static files and the charting library, all local (works offline, no CDN).
  const chartJs = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
  const files: Record<string, [string, string]> = {
    '/': [join(ASSETS, 'index.html'), 'text/html; charset=utf-8'],
    '/assets/dashboard.js': [join(ASSETS, 'dashboard.js'), 'text/javascript; charset=utf-8'],
    '/assets/dashboard.css': [join(ASSETS, 'dashboard.css'), 'text/css; charset=utf-8'],
    '/assets/chart.umd.min.js': [chartJs, 'text/javascript; charset=utf-8'],
  };
  for (const [path, [file, type]] of Object.entries(files)) {
    const body = readFileSync(file);
    app.get(path, async (_req, reply) => reply
      .type(type)
      .header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
      .header('x-content-type-options', 'nosniff')
      .send(body));
  }
  return app;
}

function statusText(code: number): string {
  return ({ 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity' } as Record<number, string>)[code] ?? 'Error';
}

function scanJson(s: Awaited<ReturnType<Store['listScans']>>[number]): Record<string, unknown> {
  return {
    id: s.id, repository: s.repository, branch: s.branch, commit: s.commit_sha, commitTime: s.commit_time, scannedAt: s.scanned_at,
    recordedAt: s.recorded_at, toolVersion: s.tool_version, durationMs: Number(s.duration_ms), passed: Number(s.passed) === 1,
    complete: Number(s.complete) === 1, trigger: s.trigger, findings: Number(s.findings),
    newBySeverity: { critical: Number(s.critical), high: Number(s.high), medium: Number(s.medium), low: Number(s.low), info: Number(s.info) },
    provenance: { aiFiles: Number(s.ai_files), aiFilesReviewed: Number(s.ai_files_reviewed), aiLines: Number(s.ai_lines), lines: Number(s.lines) },
  };
}

function findingJson(f: Awaited<ReturnType<Store['listFindings']>>[number]): Record<string, unknown> {
  return {
    id: f.id, repository: f.repository, branch: f.branch, fingerprint: f.fingerprint, ruleId: f.rule_id, severity: f.severity,
    confidence: f.confidence, message: f.message, location: { path: f.path, line: Number(f.line) },
    origin: { kind: f.origin, tool: f.tool, model: f.model, reviewed: f.reviewed === null ? null : Number(f.reviewed) === 1 },
    status: f.state, firstSeenAt: f.first_seen_at, openedAt: f.opened_at, lastSeenAt: f.last_seen_at, fixedAt: f.fixed_at,
    fixHours: f.fix_hours === null ? null : Number(f.fix_hours), reopened: Number(f.reopened),
  };
}
