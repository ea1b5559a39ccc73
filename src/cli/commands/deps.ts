/** `vouch deps [PATHS]`: a scan with only the dependencies analyzer, plus the advisory database's age. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { dependenciesConfig } from '../../analyzers/dependencies/config.js';
import { AdvisoryDb, defaultDbPath } from '../../analyzers/dependencies/db/advisory-db.js';
import { addScanOptions, runScanCommand, type ScanCliOptions } from './scan.js';
import { ageOf } from './db.js';

export function register(program: Command): void {
  const cmd = program
    .command('deps')
    .description('check dependencies: known vulnerabilities (offline OSV database), hallucinated and typosquatted packages, allow/deny lists')
    .argument('[paths...]', 'files or directories to scan (default: the current repository)');
  addScanOptions(cmd, { only: false }).action(async (paths: string[], opts: ScanCliOptions) => {
    process.exitCode = await runScanCommand(paths, opts, ['deps']);
    if (!opts.quiet) process.stderr.write(await databaseLine(opts.config));
  });
}

async function databaseLine(configFile?: string): Promise<string> {
  try {
    const { config } = await loadConfig(process.cwd(), configFile);
    const path = defaultDbPath(dependenciesConfig(config.dependencies).dbPath);
    if (!existsSync(path)) return `vouch: no advisory database at ${path}; run \`vouch db update\`\n`;
    const db = AdvisoryDb.open(path, { readonly: true });
    try {
      const s = db.status();
      return `vouch: advisory database ${path}: ${s.ecosystems.map((e) => `${e.ecosystem} updated ${ageOf(e.updatedAt)}`).join(', ') || 'empty'}\n`;
    } finally {
      db.close();
    }
  } catch (err) {
    return `vouch: advisory database unavailable: ${(err as Error).message.split('\n')[0]}\n`;
  }
}
