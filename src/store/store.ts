/**
 * Scan history: scans, findings with their lifecycle per repository and branch, and API tokens.
 * Every method works the same on SQLite and PostgreSQL (see open.ts, migrations.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { SEVERITIES } from '../findings/severity.js';
import { openDatabase, type StoreKind } from './open.js';
import { isCompleteScan, provenanceTotals, type ReportFinding, type ScanUpload } from './report.js';
import type { Database, FindingsTable, FindingState, ScansTable, TokenScope, TokensTable } from './schema.js';

export type ScanRow = ScansTable;
export type FindingRow = FindingsTable;

export interface RecordResult {
  id: string;
  /** The same scan was recorded before: nothing changed. */
  duplicate: boolean;
}

export interface ScanFilter {
  repository?: string[];
  branch?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface FindingFilter extends ScanFilter {
  severity?: string[];
  origin?: string[];
  state?: FindingState[];
}

export interface TokenInfo {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const CHUNK = 200;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Normalised ISO-8601 UTC, so times compare as text in both databases. */
export function isoTime(value: string | Date): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date-time: '${String(value)}'`);
  return d.toISOString();
}

export function findingId(repository: string, branch: string, fingerprint: string): string {
  return sha256(`${repository}\0${branch}\0${fingerprint}`).slice(0, 32);
}

/** What makes two uploads "the same scan": a re-upload of one report gets the same id. */
export function scanId(upload: ScanUpload): string {
  const fps = upload.report.findings.map((f) => `${f.fingerprint}:${f.status}`).sort().join(',');
  return sha256([upload.repository, upload.branch, upload.commit, isoTime(upload.report.startedAt), upload.report.tool.version, fps].join('\0')).slice(0, 32);
}

/** PostgreSQL text cannot hold NUL; uploaded strings are untrusted. */
function text(value: string): string {
  return value.includes('\u0000') ? value.replace(/\u0000/g, '\uFFFD') : value;
}

function stateOf(f: ReportFinding): FindingState {
  return f.status === 'suppressed' ? 'suppressed' : f.status === 'baseline' ? 'baseline' : 'open';
}

/** The event a transition from one state to another records. */
function transition(from: FindingState, to: FindingState): string | undefined {
  if (from === to) return undefined;
  if (from === 'fixed') return 'reopened';
  if (to === 'suppressed') return 'suppressed';
  if (to === 'baseline') return 'baselined';
  return 'unsuppressed';
}

function hours(from: string, to: string): number {
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / 3_600_000);
}

export class Store {
  private constructor(readonly db: Kysely<Database>, readonly kind: StoreKind) {}

  static async open(target: string, opts: { poolSize?: number } = {}): Promise<Store> {
    const { db, kind } = await openDatabase(target, opts);
    return new Store(db, kind);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /** A cheap round trip: is the database there? */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  /**
   * Records one scan and moves its branch's findings through their lifecycle, in one transaction:
   * a finding seen for the first time opens; a fixed one seen again reopens; one missing from a
   * complete scan that is the newest of its branch is fixed, with its time to fix in hours.
   */
  async recordScan(upload: ScanUpload, now: Date = new Date()): Promise<RecordResult> {
    const id = scanId(upload);
    return this.db.transaction().execute(async (tx) => {
      if (this.kind === 'postgres') {
        // Serialise lifecycle updates per branch across server instances.
        const key = BigInt.asIntN(64, BigInt(`0x${sha256(`${upload.repository}\0${upload.branch}`).slice(0, 16)}`)).toString();
        await sql`select pg_advisory_xact_lock(${key}::bigint)`.execute(tx);
      }
      const existing = await tx.selectFrom('scans').select('id').where('id', '=', id).executeTakeFirst();
      if (existing) return { id, duplicate: true };
      await this.applyScan(tx, id, upload, now);
      return { id, duplicate: false };
    });
  }

  private async applyScan(tx: Transaction<Database>, id: string, upload: ScanUpload, now: Date): Promise<void> {
    const { report } = upload;
    const repository = text(upload.repository);
    const branch = text(upload.branch);
    const at = isoTime(report.startedAt);
    const complete = isCompleteScan(report);
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;
    // One row per fingerprint: a report lists each finding once, but be safe against repeats.
    const seen = new Map<string, ReportFinding>();
    for (const f of report.findings) if (!seen.has(text(f.fingerprint))) seen.set(text(f.fingerprint), f);
    for (const f of seen.values()) if (f.status === 'new') bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    const prov = provenanceTotals(report);
    const newest = await tx.selectFrom('scans').select('scanned_at').where('repository', '=', repository).where('branch', '=', branch)
      .orderBy('scanned_at', 'desc').limit(1).executeTakeFirst();
    const isNewest = !newest || newest.scanned_at <= at;

    await tx.insertInto('scans').values({
      id, repository, branch, commit_sha: text(upload.commit), commit_time: upload.commitTime ? isoTime(upload.commitTime) : null,
      scanned_at: at, recorded_at: isoTime(now), tool_version: report.tool.version, duration_ms: report.stats.durationMs,
      passed: report.gate.passed ? 1 : 0, complete: complete ? 1 : 0, trigger: text(upload.trigger ?? 'local'), findings: seen.size,
      critical: bySeverity.critical ?? 0, high: bySeverity.high ?? 0, medium: bySeverity.medium ?? 0, low: bySeverity.low ?? 0, info: bySeverity.info ?? 0,
      ai_files: prov.aiFiles, ai_files_reviewed: prov.aiFilesReviewed, ai_lines: prov.aiLines, lines: prov.lines,
    }).execute();

    const current = new Map<string, FindingRow>();
    for (const row of await tx.selectFrom('findings').selectAll().where('repository', '=', repository).where('branch', '=', branch).execute()) {
      current.set(row.fingerprint, row);
    }
    const inserts: FindingRow[] = [];
    const touched: string[] = [];
    const events: { finding_id: string; scan_id: string; at: string; event: string }[] = [];
    const occurrences = [];
    for (const [fingerprint, f] of seen) {
      const fid = findingId(repository, branch, fingerprint);
      const state = stateOf(f);
      const attrs = {
        rule_id: text(f.ruleId), severity: f.severity, confidence: f.confidence, message: text(f.message), path: text(f.location.path), line: f.location.startLine,
        origin: f.origin?.kind ?? 'unknown', tool: f.origin?.tool === undefined ? null : text(f.origin.tool), model: f.origin?.model === undefined ? null : text(f.origin.model),
        reviewed: f.origin?.reviewed === undefined ? null : f.origin.reviewed ? 1 : 0,
      };
      occurrences.push({ scan_id: id, finding_id: fid, severity: f.severity, status: f.status, path: attrs.path, line: f.location.startLine });
      const row = current.get(fingerprint);
      if (!row) {
        inserts.push({
          id: fid, repository, branch, fingerprint, ...attrs, state, first_seen_at: at, opened_at: at, last_seen_at: at,
          first_scan_id: id, last_scan_id: id, fixed_at: null, fixed_scan_id: null, fix_hours: null, reopened: 0,
        });
        events.push({ finding_id: fid, scan_id: id, at, event: state === 'open' ? 'opened' : state === 'suppressed' ? 'suppressed' : 'baselined' });
        continue;
      }
      if (!isNewest) continue; // an older scan arriving late adds history, not state
      const event = transition(row.state, state);
      if (event) events.push({ finding_id: fid, scan_id: id, at, event });
      const changed = event !== undefined || Object.entries(attrs).some(([k, v]) => row[k as keyof typeof attrs] !== v);
      if (!changed) {
        touched.push(fid);
        continue;
      }
      await tx.updateTable('findings').set({
        ...attrs, state, last_seen_at: at, last_scan_id: id,
        ...(row.state === 'fixed' ? { opened_at: at, fixed_at: null, fixed_scan_id: null, fix_hours: null, reopened: row.reopened + 1 } : {}),
      }).where('id', '=', fid).execute();
    }
    for (const part of chunks(inserts, 100)) await tx.insertInto('findings').values(part).execute();
    for (const part of chunks(touched)) {
      await tx.updateTable('findings').set({ last_seen_at: at, last_scan_id: id }).where('id', 'in', part).execute();
    }
    if (complete && isNewest) {
      for (const row of current.values()) {
        if (row.state === 'fixed' || seen.has(row.fingerprint)) continue;
        await tx.updateTable('findings').set({
          state: 'fixed', fixed_at: at, fixed_scan_id: id, fix_hours: row.state === 'open' ? hours(row.opened_at, at) : null,
        }).where('id', '=', row.id).execute();
        events.push({ finding_id: row.id, scan_id: id, at, event: 'fixed' });
      }
    }
    for (const part of chunks(occurrences)) await tx.insertInto('occurrences').values(part).execute();
    for (const part of chunks(events)) await tx.insertInto('events').values(part).execute();
  }

  async getScan(id: string): Promise<ScanRow | undefined> {
    return this.db.selectFrom('scans').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Scans, newest first. */
  async listScans(filter: ScanFilter = {}): Promise<ScanRow[]> {
    let q = this.db.selectFrom('scans').selectAll();
    if (filter.repository?.length) q = q.where('repository', 'in', filter.repository);
    if (filter.branch) q = q.where('branch', '=', filter.branch);
    if (filter.from) q = q.where('scanned_at', '>=', isoTime(filter.from));
    if (filter.to) q = q.where('scanned_at', '<=', isoTime(filter.to));
    return q.orderBy('scanned_at', 'desc').orderBy('id').limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute();
  }

  /** Findings, most recently seen first; the time range selects findings seen within it. */
  async listFindings(filter: FindingFilter = {}): Promise<FindingRow[]> {
    let q = this.db.selectFrom('findings').selectAll();
    if (filter.repository?.length) q = q.where('repository', 'in', filter.repository);
    if (filter.branch) q = q.where('branch', '=', filter.branch);
    if (filter.severity?.length) q = q.where('severity', 'in', filter.severity);
    if (filter.origin?.length) q = q.where('origin', 'in', filter.origin);
    if (filter.state?.length) q = q.where('state', 'in', filter.state);
    if (filter.from) q = q.where('last_seen_at', '>=', isoTime(filter.from));
    if (filter.to) q = q.where('first_seen_at', '<=', isoTime(filter.to));
    return q.orderBy('last_seen_at', 'desc').orderBy('id').limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute();
  }

  /** One finding with its lifecycle events and the scans that saw it. */
  async findingHistory(id: string): Promise<{ finding: FindingRow; events: { scanId: string; at: string; event: string }[]; occurrences: { scanId: string; scannedAt: string; commit: string; status: string; severity: string; path: string; line: number }[] } | undefined> {
    const finding = await this.db.selectFrom('findings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!finding) return undefined;
    const events = await this.db.selectFrom('events').select(['scan_id', 'at', 'event']).where('finding_id', '=', id).orderBy('at').orderBy('event').execute();
    const occurrences = await this.db.selectFrom('occurrences').innerJoin('scans', 'scans.id', 'occurrences.scan_id')
      .select(['occurrences.scan_id', 'scans.scanned_at', 'scans.commit_sha', 'occurrences.status', 'occurrences.severity', 'occurrences.path', 'occurrences.line'])
      .where('occurrences.finding_id', '=', id).orderBy('scans.scanned_at', 'desc').limit(200).execute();
    return {
      finding,
      events: events.map((e) => ({ scanId: e.scan_id, at: e.at, event: e.event })),
      occurrences: occurrences.map((o) => ({ scanId: o.scan_id, scannedAt: o.scanned_at, commit: o.commit_sha, status: o.status, severity: o.severity, path: o.path, line: o.line })),
    };
  }

  async countFindings(): Promise<number> {
    const r = await this.db.selectFrom('findings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  // Tokens ---------------------------------------------------------------------------------

  /** Creates a token and returns it: the only time it exists in clear; the store keeps its hash. */
  async createToken(scope: TokenScope, name: string, now: Date = new Date()): Promise<{ token: string; info: TokenInfo }> {
    const id = randomBytes(6).toString('hex');
    const token = `vouch_${id}_${randomBytes(24).toString('base64url')}`;
    const row: TokensTable = { id, name, scope, hash: sha256(token), created_at: isoTime(now), revoked_at: null, last_used_at: null };
    await this.db.insertInto('tokens').values(row).execute();
    return { token, info: tokenInfo(row) };
  }

  async listTokens(): Promise<TokenInfo[]> {
    return (await this.db.selectFrom('tokens').selectAll().orderBy('created_at').orderBy('id').execute()).map(tokenInfo);
  }

  /** Revokes by id; false when no live token has that id. */
  async revokeToken(id: string, now: Date = new Date()): Promise<boolean> {
    const r = await this.db.updateTable('tokens').set({ revoked_at: isoTime(now) }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The live token this secret belongs to, if any. */
  async verifyToken(token: string, now: Date = new Date()): Promise<TokenInfo | undefined> {
    const row = await this.db.selectFrom('tokens').selectAll().where('hash', '=', sha256(token)).where('revoked_at', 'is', null).executeTakeFirst();
    if (!row) return undefined;
    // Coarse last-use stamp (one write per token per minute at most).
    if (!row.last_used_at || Date.parse(row.last_used_at) < now.getTime() - 60_000) {
      await this.db.updateTable('tokens').set({ last_used_at: isoTime(now) }).where('id', '=', row.id).execute();
    }
    return tokenInfo(row);
  }
}

function tokenInfo(row: TokensTable): TokenInfo {
  return { id: row.id, name: row.name, scope: row.scope, createdAt: row.created_at, revokedAt: row.revoked_at, lastUsedAt: row.last_used_at };
}
