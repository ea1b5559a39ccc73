/** `vouch mcp`: the MCP server on stdin/stdout, for coding agents (see src/assist/mcp/server.ts). */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultScanCacheDir } from '../../pipeline/cache.js';
import { gitTopLevel } from '../../pipeline/git.js';

interface McpCliOptions { root?: string; config?: string; offline?: boolean; cache?: boolean; cacheDir?: string }

export function register(program: Command): void {
  program
    .command('mcp')
    .description('run the MCP server on stdio: scan_code, scan_paths, check_package and explain_rule tools for coding agents')
    .option('--root <dir>', 'the project root paths are resolved against (default: the git top level, else the current directory)')
    .option('-c, --config <file>', 'configuration file (default: .vouch.yml in the root, re-read on every call)')
    .option('--offline', 'never contact a package registry')
    .option('--cache-dir <dir>', 'scan cache for scan_paths (default: $XDG_CACHE_HOME/vouch/scan or ~/.cache/vouch/scan)')
    .option('--no-cache', 'analyse every file afresh in scan_paths')
    .action(async (opts: McpCliOptions) => {
      const cwd = process.cwd();
      const root = opts.root ? resolve(cwd, opts.root) : gitTopLevel(cwd) ?? cwd;
      const [{ createMcpServer }, { StdioServerTransport }] = await Promise.all([
        import('../../assist/mcp/server.js'),
        import('@modelcontextprotocol/sdk/server/stdio.js'),
      ]);
      const server = createMcpServer({
        root,
        configFile: opts.config ? resolve(cwd, opts.config) : undefined,
        offline: opts.offline,
        cacheDir: opts.cache === false ? undefined : resolve(cwd, opts.cacheDir ?? defaultScanCacheDir()),
      });
      const transport = new StdioServerTransport();
      // Serve until the client closes stdin; stdout belongs to the protocol, so nothing else writes there.
      const closed = new Promise<void>((done) => { transport.onclose = done; process.stdin.once('end', done); });
      await server.connect(transport);
      await closed;
      await server.close();
    });
}
