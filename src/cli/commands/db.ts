/** `vouch db update|import|status`: the local OSV advisory database that scans read offline. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { loadConfig } from '../../config/load.js';
import { dependenciesConfig } from '../../analyzers/dependencies/config.js';
import { AdvisoryDb, defaultDbPath, type DbStatus } from '../../analyzers/dependencies/db/advisory-db.js';
import { DbUpdateError, DEFAULT_OSV_URL, importFromPath, updateEcosystem } from '../../analyzers/dependencies/db/update.js';
import type { Ecosystem } from '../../analyzers/dependencies/model.js';
import { UnreadableArchiveError } from '../../analyzers/dependencies/db/osv-source.js';
import { SUPPORTED_ECOSYSTEMS } from '../../analyzers/dependencies/osv.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { type FormatOptions, formatOf, withFormat } from '../report-format.js';

interface DbOptions { db?: string; config?: string }

async function settings(opts: DbOptions): Promise<{ dbPath: string; osvUrl: string }> {
  const { config } = await loadConfig(process.cwd(), opts.config);
  const deps = dependenciesConfig(config.dependencies);
  return { dbPath: opts.db ?? defaultDbPath(deps.dbPath), osvUrl: deps.osvUrl ?? DEFAULT_OSV_URL };
}

function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

/** "3 days ago" from an ISO date; used by `db status` and `vouch deps`. */
export function ageOf(iso: string, now = Date.now()): string {
  const days = Math.floor((now - Date.parse(iso)) / 86_400_000);
  if (!Number.isFinite(days)) return 'at an unknown time';
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

export function describeStatus(s: DbStatus): string {
  const lines = [`advisory database: ${s.path} (${s.advisories} advisories)`];
  for (const e of s.ecosystems) lines.push(`  ${e.ecosystem}: ${e.advisories} advisories, updated ${ageOf(e.updatedAt)} (${e.updatedAt}) from ${e.source}`);
  if (s.ecosystems.length === 0) lines.push('  (empty: run `vouch db update`)');
  return lines.join('\n') + '\n';
}

export function register(program: Command): void {
  const db = program.command('db').description('manage the local advisory database (OSV) used to find vulnerable dependencies');
  const common = (c: Command): Command => c
    .option('--db <file>', 'database file (default: $VOUCH_DB, dependencies.dbPath, or ~/.cache/vouch/advisories.sqlite)')
    .option('-c, --config <file>', 'configuration file (default: .vouch.yml in the current directory)');

  common(db.command('update')
    .description('download the OSV archives for npm and PyPI and replace their data in the database')
    .option('--url <url>', `base URL of the OSV archives, <url>/<ecosystem>/all.zip (default: dependencies.osvUrl or ${DEFAULT_OSV_URL})`)
    .addOption(new Option('--ecosystem <name...>', 'only these ecosystems').choices(SUPPORTED_ECOSYSTEMS)))
    .action(async (opts: DbOptions & { url?: string; ecosystem?: Ecosystem[] }) => {
      const { dbPath, osvUrl } = await settings(opts);
      const url = opts.url ?? osvUrl;
      if (!/^https?:\/\//.test(url)) throw new UsageError(`--url must be an http(s) URL, not '${url}'`);
      let failed = false;
      for (const ecosystem of opts.ecosystem ?? SUPPORTED_ECOSYSTEMS) {
        try {
          const r = await updateEcosystem({ dbPath, ecosystem, baseUrl: url });
          process.stdout.write(`${ecosystem}: ${r.counts.imported} advisories from ${r.url} (${formatBytes(r.bytes)}) in ${(r.ms / 1000).toFixed(1)} s\n`);
          if (r.problems.length) process.stderr.write(`vouch: ${ecosystem}: ${r.problems.length} archive entries could not be read (first: ${r.problems[0]})\n`);
        } catch (err) {
          if (!(err instanceof DbUpdateError)) throw err;
          failed = true;
          process.stderr.write(`vouch: ${ecosystem}: ${err.message}; the previous ${ecosystem} data, if any, is unchanged\n`);
        }
      }
      process.stdout.write(`database: ${dbPath}\n`);
      process.exitCode = failed ? EXIT.incomplete : EXIT.passed;
    });

  common(db.command('import')
    .description('load OSV data from a local all.zip, a folder of OSV JSON files, or one JSON file (air-gapped machines, mirrors)')
    .argument('<path>', 'archive, folder or file'))
    .action(async (path: string, opts: DbOptions) => {
      if (!existsSync(path)) throw new UsageError(`db import: no such file or folder '${path}'`);
      const { dbPath } = await settings(opts);
      let r: Awaited<ReturnType<typeof importFromPath>>;
      try {
        r = await importFromPath({ dbPath, path });
      } catch (err) {
        if (!(err instanceof UnreadableArchiveError)) throw err;
        // The archive itself is unreadable: say so plainly; the database is untouched.
        process.stderr.write(`vouch: db import: ${path}: ${err.message}; the database is unchanged\n`);
        process.exitCode = EXIT.incomplete;
        return;
      }
      const per = Object.entries(r.counts.ecosystems).map(([e, n]) => `${e} ${n}`).join(', ') || 'none';
      process.stdout.write(`imported ${r.counts.imported} advisories (${per}) from ${path} in ${(r.ms / 1000).toFixed(1)} s\ndatabase: ${dbPath}\n`);
      if (r.problems.length) process.stderr.write(`vouch: ${r.problems.length} files could not be read (first: ${r.problems[0]})\n`);
      process.exitCode = EXIT.passed;
    });

  common(withFormat(db.command('status')
    .description('show where the database is, what it holds and how old it is')))
    .action(async (opts: DbOptions & FormatOptions) => {
      const json = formatOf(opts) === 'json';
      const { dbPath } = await settings(opts);
      if (!existsSync(dbPath)) {
        if (json) process.stdout.write(JSON.stringify({ path: dbPath, exists: false }) + '\n');
        else process.stdout.write(`no advisory database at ${dbPath}: run \`vouch db update\` (or \`vouch db import PATH\` offline)\n`);
        process.exitCode = EXIT.incomplete;
        return;
      }
      const store = AdvisoryDb.open(dbPath, { readonly: true });
      try {
        const s = store.status();
        process.stdout.write(json ? JSON.stringify({ ...s, exists: true }, null, 2) + '\n' : describeStatus(s));
      } finally {
        store.close();
      }
      process.exitCode = EXIT.passed;
    });
}
