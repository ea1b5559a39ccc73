import { resolve } from 'node:path';
import type { Command } from 'commander';
import { writeBaseline } from '../../findings/baseline.js';
import { loadConfig } from '../../config/load.js';
import { runScan } from '../../pipeline/scan.js';
import { gitTopLevel } from '../../pipeline/git.js';
import { VERSION } from '../../version.js';

export function register(program: Command): void {
  const baseline = program.command('baseline').description('record current findings so only new ones fail the gate');
  for (const action of ['create', 'update'] as const) {
    baseline
      .command(action)
      .description(action === 'create' ? 'write a baseline of the current findings' : 'rewrite the baseline from the current findings')
      .argument('[paths...]', 'files or directories to scan')
      .option('--file <file>', 'baseline file', '.vouch-baseline.json')
      .option('-c, --config <file>', 'configuration file')
      .option('--only <analyzers>', 'analyzers to run (comma-separated)')
      .action(async (paths: string[], opts: { file: string; config?: string; only?: string }) => {
        const cwd = process.cwd();
        const root = gitTopLevel(cwd) ?? cwd;
        const { config } = await loadConfig(root, opts.config);
        const groups = opts.only ? opts.only.split(',').map((s) => s.trim()) : config.analyzers;
        const result = await runScan({ root, paths: paths.length ? paths.map((p) => resolve(cwd, p)) : undefined, config, groups, failOn: 'none' });
        const n = writeBaseline(resolve(cwd, opts.file), result.findings, VERSION);
        process.stdout.write(`vouch: wrote ${n} finding fingerprint${n === 1 ? '' : 's'} to ${opts.file}\n`);
        process.exitCode = 0;
      });
  }
}
