/**
 * A real PostgreSQL server for tests, on 127.0.0.1 in a temporary data directory: Debian's
 * `postgresql` binaries (installed by .ci/run), found under /usr/lib/postgresql/<version>/bin, on
 * PATH, or in $VOUCH_TEST_PG_BIN. PostgreSQL refuses to run as root, so under root the server runs
 * as the `postgres` system user the Debian package creates.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

function findBinDir(): string {
  const candidates: string[] = [];
  if (process.env.VOUCH_TEST_PG_BIN) candidates.push(process.env.VOUCH_TEST_PG_BIN);
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  for (const dir of (process.env.PATH ?? '').split(':')) candidates.push(dir);
  const found = candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres')));
  if (!found) throw new Error('PostgreSQL binaries (initdb, postgres) not found: install Debian\'s postgresql (.ci/run does) or set VOUCH_TEST_PG_BIN');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export class PostgresServer {
  private child: ChildProcess | undefined;
  private readonly bin = findBinDir();
  private readonly runAs: string[];
  readonly dataDir: string;
  private constructor(readonly port: number) {
    const base = mkdtempSync(join(tmpdir(), 'vouch-pg-'));
    this.dataDir = join(base, 'data');
    this.runAs = [];
    if (process.getuid?.() === 0) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      if (!Number.isInteger(uid) || uid <= 0) throw new Error('running as root and there is no `postgres` user to run PostgreSQL as');
      chownSync(base, uid, gid);
      chmodSync(base, 0o700);
      this.runAs = ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups'];
    }
    const init = this.command(join(this.bin, 'initdb'), ['-D', this.dataDir, '-U', 'vouch', '--auth=trust', '--no-sync', '-E', 'UTF8', '--no-locale']);
    const r = spawnSync(init[0]!, init.slice(1), { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr || r.stdout}`);
  }

  static async start(): Promise<PostgresServer> {
    const server = new PostgresServer(await freePort());
    await server.resume();
    return server;
  }

  private command(exe: string, args: string[]): string[] {
    return [...this.runAs, exe, ...args];
  }

  url(database = 'postgres'): string {
    return `postgres://vouch@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts (or restarts) the server on the same port and data. */
  async resume(): Promise<void> {
    const cmd = this.command(join(this.bin, 'postgres'), [
      '-D', this.dataDir, '-p', String(this.port), '-h', '127.0.0.1', '-k', this.dataDir, '-F',
      '-c', 'max_connections=200', '-c', 'shared_buffers=32MB', '-c', 'synchronous_commit=off',
    ]);
    const child = spawn(cmd[0]!, cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    this.child = child;
    process.once('exit', () => child.kill('SIGQUIT'));
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres exited: ${stderr}`);
      const client = new pg.Client({ connectionString: this.url() });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => {});
        if (Date.now() > deadline) throw new Error(`postgres did not start: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** A fresh, empty database on this server. */
  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`create database "${name.replace(/"/g, '')}"`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** Stops the server (fast shutdown: connections are cut, as when a database host goes away). */
  async pause(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
    this.child = undefined;
  }

  async stop(): Promise<void> {
    await this.pause();
    rmSync(join(this.dataDir, '..'), { recursive: true, force: true });
  }
}
