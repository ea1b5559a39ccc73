import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Severity } from '../../../findings/severity.js';
import { normalizeName, type Ecosystem } from '../model.js';
import { advisorySeverity, isSupportedEcosystem, type OsvAffected, type OsvRecord } from '../osv.js';

const SCHEMA_VERSION = '1';

/** Where the advisory database lives: `VOUCH_DB`, then the config, then the user cache folder. */
export function defaultDbPath(configured?: string): string {
  if (process.env.VOUCH_DB) return process.env.VOUCH_DB;
  if (configured) return configured;
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'vouch', 'advisories.sqlite');
}

export interface StoredAdvisory {
  id: string;
  aliases: string[];
  summary: string;
  severity: Severity;
  score?: number;
  modified?: string;
}

export interface AffectedRow { advisory: StoredAdvisory; ranges: Pick<OsvAffected, 'ranges' | 'versions'> }

export interface EcosystemStatus { ecosystem: string; updatedAt: string; source: string; advisories: number }

export interface DbStatus { path: string; advisories: number; ecosystems: EcosystemStatus[] }

export interface ImportCounts { records: number; imported: number; skipped: number; ecosystems: Record<string, number> }

/** The local OSV advisory store (SQLite). Scans only read it; `vouch db update/import` write it. */
export class AdvisoryDb {
  private constructor(private readonly db: Database.Database, readonly path: string) {}

  static open(path: string, options: { readonly?: boolean } = {}): AdvisoryDb {
    if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS advisories (
          id TEXT PRIMARY KEY, modified TEXT, aliases TEXT NOT NULL, summary TEXT NOT NULL,
          severity TEXT NOT NULL, score REAL);
        CREATE TABLE IF NOT EXISTS affected (
          advisory_id TEXT NOT NULL, ecosystem TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS affected_by_package ON affected (ecosystem, name);
        CREATE INDEX IF NOT EXISTS affected_by_advisory ON affected (advisory_id);
      `);
      db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema_version', SCHEMA_VERSION);
    } else {
      const v = (db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value?: string } | undefined)?.value;
      if (v !== SCHEMA_VERSION) { db.close(); throw new Error(`advisory database ${path} has schema version ${v ?? 'none'}, expected ${SCHEMA_VERSION}; run \`vouch db update\``); }
    }
    return new AdvisoryDb(db, path);
  }

  close(): void { this.db.close(); }

  /**
   * Load OSV records. With `replaceEcosystem`, that ecosystem's previous rows are dropped in the
   * same transaction, so an update is all-or-nothing and advisories removed upstream disappear.
   */
  importRecords(records: Iterable<OsvRecord>, options: { replaceEcosystem?: Ecosystem; source: string; now?: Date }): ImportCounts {
    const counts: ImportCounts = { records: 0, imported: 0, skipped: 0, ecosystems: {} };
    const insertAdvisory = this.db.prepare('INSERT OR REPLACE INTO advisories (id, modified, aliases, summary, severity, score) VALUES (?, ?, ?, ?, ?, ?)');
    const deleteAffected = this.db.prepare('DELETE FROM affected WHERE advisory_id = ?');
    const insertAffected = this.db.prepare('INSERT INTO affected (advisory_id, ecosystem, name, data) VALUES (?, ?, ?, ?)');
    const setMeta = this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    const run = this.db.transaction(() => {
      if (options.replaceEcosystem) {
        this.db.prepare('DELETE FROM affected WHERE ecosystem = ?').run(options.replaceEcosystem);
        counts.ecosystems[options.replaceEcosystem] = 0;
      }
      for (const rec of records) {
        counts.records++;
        const affected = (rec.affected ?? []).filter((a) => isSupportedEcosystem(a.package?.ecosystem) && typeof a.package?.name === 'string'
          && (!options.replaceEcosystem || a.package.ecosystem === options.replaceEcosystem));
        if (rec.withdrawn || affected.length === 0) { counts.skipped++; continue; }
        const { severity, score } = advisorySeverity(rec);
        const aliases = [...new Set([...(rec.aliases ?? [])].filter((a) => typeof a === 'string'))];
        insertAdvisory.run(rec.id, rec.modified ?? null, JSON.stringify(aliases), (rec.summary ?? rec.details ?? '').slice(0, 500), severity, score ?? null);
        deleteAffected.run(rec.id);
        for (const a of affected) {
          const eco = a.package!.ecosystem as Ecosystem;
          insertAffected.run(rec.id, eco, normalizeName(eco, a.package!.name!), JSON.stringify({ ranges: a.ranges ?? [], versions: a.versions ?? [] }));
          counts.ecosystems[eco] = (counts.ecosystems[eco] ?? 0) + 1;
        }
        counts.imported++;
      }
      this.db.exec('DELETE FROM advisories WHERE id NOT IN (SELECT advisory_id FROM affected)');
      const when = (options.now ?? new Date()).toISOString();
      for (const eco of Object.keys(counts.ecosystems)) {
        setMeta.run(`updated:${eco}`, when);
        setMeta.run(`source:${eco}`, options.source);
      }
      // Counted once here so that every scan's status check is a cheap read.
      const perEco = this.db.prepare('SELECT ecosystem, COUNT(DISTINCT advisory_id) AS n FROM affected GROUP BY ecosystem').all() as { ecosystem: string; n: number }[];
      for (const r of perEco) setMeta.run(`count:${r.ecosystem}`, String(r.n));
      setMeta.run('count', String((this.db.prepare('SELECT COUNT(*) AS n FROM advisories').get() as { n: number }).n));
    });
    run();
    return counts;
  }

  status(): DbStatus {
    const meta = new Map((this.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    const ecosystems: EcosystemStatus[] = [...meta.keys()].filter((k) => k.startsWith('updated:')).map((k) => {
      const eco = k.slice('updated:'.length);
      return { ecosystem: eco, updatedAt: meta.get(k)!, source: meta.get(`source:${eco}`) ?? '', advisories: Number(meta.get(`count:${eco}`) ?? 0) };
    }).sort((a, b) => a.ecosystem.localeCompare(b.ecosystem));
    const total = Number(meta.get('count') ?? 0);
    return { path: this.path, advisories: total, ecosystems };
  }

  /** Normalised names with at least one advisory: lets a scan skip lookups for the vast majority of packages. */
  affectedNames(ecosystem: Ecosystem): Set<string> {
    const rows = this.db.prepare('SELECT DISTINCT name FROM affected WHERE ecosystem = ?').pluck().all(ecosystem) as string[];
    return new Set(rows);
  }

  private affectedQuery?: Database.Statement;

  affectedFor(ecosystem: Ecosystem, name: string): AffectedRow[] {
    this.affectedQuery ??= this.db.prepare(`
      SELECT a.id, a.aliases, a.summary, a.severity, a.score, a.modified, f.data
      FROM affected f JOIN advisories a ON a.id = f.advisory_id
      WHERE f.ecosystem = ? AND f.name = ?`);
    const rows = this.affectedQuery.all(ecosystem, normalizeName(ecosystem, name)) as {
      id: string; aliases: string; summary: string; severity: Severity; score: number | null; modified: string | null; data: string;
    }[];
    return rows.map((r) => ({
      advisory: { id: r.id, aliases: JSON.parse(r.aliases) as string[], summary: r.summary, severity: r.severity, score: r.score ?? undefined, modified: r.modified ?? undefined },
      ranges: JSON.parse(r.data) as Pick<OsvAffected, 'ranges' | 'versions'>,
    }));
  }
}
