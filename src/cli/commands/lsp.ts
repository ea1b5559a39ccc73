/** `vouch lsp`: the language server on stdin/stdout, for editors (see src/assist/lsp/server.ts). */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultScanCacheDir } from '../../pipeline/cache.js';

interface LspCliOptions { root?: string; config?: string; offline?: boolean; cache?: boolean; cacheDir?: string; stdio?: boolean }

export function register(program: Command): void {
  program
    .command('lsp')
    .description('run the language server on stdio: security diagnostics as you type, rule help on hover, suppression code actions')
    .option('--stdio', 'talk LSP over stdin/stdout (the default and only transport; accepted because editors pass it)')
    .option('--root <dir>', 'the project root (default: the workspace folder the editor names, else the current directory)')
    .option('-c, --config <file>', 'configuration file (default: .vouch.yml in the root)')
    .option('--offline', 'never contact a package registry')
    .option('--cache-dir <dir>', 'scan cache for the workspace scan (default: $XDG_CACHE_HOME/vouch/scan or ~/.cache/vouch/scan)')
    .option('--no-cache', 'analyse every file afresh in the workspace scan')
    .action(async (opts: LspCliOptions) => {
      const cwd = process.cwd();
      const { startLanguageServer } = await import('../../assist/lsp/server.js');
      // An editor loses every diagnostic when its server dies: a bug in one request is logged, not fatal.
      process.on('uncaughtException', (err) => process.stderr.write(`vouch lsp: ${err.message}\n`));
      process.on('unhandledRejection', (err) => process.stderr.write(`vouch lsp: ${(err as Error)?.message ?? String(err)}\n`));
      const connection = startLanguageServer({
        input: process.stdin,
        output: process.stdout,
        root: opts.root ? resolve(cwd, opts.root) : undefined,
        configFile: opts.config ? resolve(cwd, opts.config) : undefined,
        offline: opts.offline,
        cacheDir: opts.cache === false ? undefined : resolve(cwd, opts.cacheDir ?? defaultScanCacheDir()),
      });
      // The connection exits the process on the `exit` notification; until then, serve.
      await new Promise<void>((done) => connection.onExit(done));
    });
}
