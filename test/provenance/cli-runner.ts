import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

/**
 * Run one of our command modules in a real child process, in `cwd`, the way the CLI does
 * (commander, exit codes, UsageError → 2), without depending on how main.ts lists commands.
 */
export function runCommand(module: 'provenance' | 'review' | 'trace' | 'init', args: string[], cwd: string, input?: string): { code: number; stdout: string; stderr: string } {
  const dist = join(process.cwd(), 'dist', 'src', 'cli', 'commands', `${module}.js`);
  const commander = join(process.cwd(), 'node_modules', 'commander', 'esm.mjs');
  const script = `
    const { Command } = await import(${JSON.stringify(pathToFileURL(commander).href)});
    const m = await import(${JSON.stringify(pathToFileURL(dist).href)});
    const p = new Command(); p.exitOverride(); m.register(p);
    try { await p.parseAsync(['node', 'vouch', ...JSON.parse(process.env.VOUCH_ARGS)]); }
    catch (e) {
      if (e.name === 'UsageError' || e.name === 'ConfigError') { process.stderr.write('vouch: ' + e.message + '\\n'); process.exitCode = 2; }
      else if (e.code && String(e.code).startsWith('commander.')) { process.exitCode = e.exitCode === 0 ? 0 : 2; }
      else { process.stderr.write(String(e.stack)); process.exitCode = 3; }
    }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, input, encoding: 'utf8', env: { ...process.env, VOUCH_ARGS: JSON.stringify([module, ...args]) } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
