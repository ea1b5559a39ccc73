/** `vouch serve`: the HTTP API, dashboard and /metrics over the scan history. */
import type { Command } from 'commander';
import { Store } from '../../store/store.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { addDbOption, describeTarget, storeTarget } from './store-options.js';

export function register(program: Command): void {
  addDbOption(program
    .command('serve')
    .description('serve the scan history: upload API for CI, read API, dashboard at /, Prometheus /metrics')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <port>', 'TCP port', '7676')
    .option('--max-body <mb>', 'largest accepted upload in MiB', '32'))
    .action(async (opts: { host: string; port: string; maxBody: string; db?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a TCP port number, not '${opts.port}'`);
      const maxBody = Number(opts.maxBody);
      if (!(maxBody > 0)) throw new UsageError(`--max-body must be a positive number of MiB, not '${opts.maxBody}'`);
      const target = storeTarget(opts.db);
      const store = await Store.open(target);
      const { buildServer } = await import('../../server/app.js');
      const app = await buildServer({ store, bodyLimit: Math.round(maxBody * 1024 * 1024) });
      let address: string;
      try {
        address = await app.listen({ host: opts.host, port });
      } catch (err) {
        await store.close();
        throw new UsageError(`cannot listen on ${opts.host}:${port}: ${(err as Error).message}`);
      }
      process.stderr.write(`vouch: serving ${describeTarget(target)} on ${address} (dashboard ${address}/, metrics ${address}/metrics)\n`);
      const stop = async (): Promise<void> => {
        await app.close();
        await store.close();
        process.exitCode = EXIT.passed;
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      // Stay up until a signal closes the server.
      await new Promise<void>((resolve) => app.server.once('close', () => resolve()));
    });
}
