/** `vouch token create|list|revoke`: API tokens for `vouch serve` (only their hash is stored). */
import { Command, Option } from 'commander';
import { Store } from '../../store/store.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { addDbOption, storeTarget } from './store-options.js';

async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(storeTarget(db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  const token = program.command('token').description('create, list and revoke API tokens for `vouch serve` (upload from CI, read for dashboards)');

  addDbOption(token.command('create')
    .description('create a token and print it once (the store keeps only its hash)')
    .addOption(new Option('--scope <scope>', 'what the token may do').choices(['upload', 'read']).makeOptionMandatory())
    .option('--name <name>', 'a name to recognise it by in `vouch token list`', ''))
    .action(async (opts: { scope: 'upload' | 'read'; name: string; db?: string }) => {
      const { token: secret, info } = await withStore(opts.db, (s) => s.createToken(opts.scope, opts.name));
      process.stdout.write(`${secret}\n`);
      process.stderr.write(`token ${info.id} (${info.scope}${info.name ? `, ${info.name}` : ''}) created; it is shown only this once\n`);
      process.exitCode = EXIT.passed;
    });

  addDbOption(token.command('list')
    .description('list tokens (ids, names, scopes, dates; never the tokens themselves)')
    .option('--json', 'print JSON'))
    .action(async (opts: { db?: string; json?: boolean }) => {
      const tokens = await withStore(opts.db, (s) => s.listTokens());
      if (opts.json) process.stdout.write(JSON.stringify(tokens, null, 2) + '\n');
      else if (tokens.length === 0) process.stdout.write('no tokens (create one with `vouch token create --scope upload`)\n');
      else {
        for (const t of tokens) {
          const state = t.revokedAt ? `revoked ${t.revokedAt}` : t.lastUsedAt ? `last used ${t.lastUsedAt}` : 'never used';
          process.stdout.write(`${t.id}  ${t.scope.padEnd(6)}  ${(t.name || '-').padEnd(16)}  created ${t.createdAt}  ${state}\n`);
        }
      }
      process.exitCode = EXIT.passed;
    });

  addDbOption(token.command('revoke')
    .description('revoke a token by its id (from `vouch token list`)')
    .argument('<id>', 'token id'))
    .action(async (id: string, opts: { db?: string }) => {
      const done = await withStore(opts.db, (s) => s.revokeToken(id));
      if (!done) throw new UsageError(`token revoke: no active token with id '${id}'`);
      process.stdout.write(`token ${id} revoked\n`);
      process.exitCode = EXIT.passed;
    });
}
