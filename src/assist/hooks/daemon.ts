/**
 * The hook daemon (`vouch hook-daemon --socket PATH`): a warm process that answers `vouch hook …`
 * runs over a Unix socket (the client is daemon-client.ts). It is started, detached, by a hook run
 * that found none, and ends by itself after `idleMs` without a request, when its socket file is
 * removed or replaced, or when another daemon already serves the socket.
 *
 * Each request is exactly one in-process hook run (runHook with fresh scanners; the configuration is
 * read again for every event), so the answer is the same as without the daemon. The same daemon
 * also answers `vouch scan --staged` (a pre-commit hook) through the handler the CLI gives it
 * (cli/scan-daemon.ts). Requests are served one at a time.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import type { FailOn } from '../../findings/severity.js';
import { ASSISTANTS, type Assistant } from './protocols.js';
import { HookScanners, runHook } from './run.js';
import type { DaemonAnswer, DaemonRequest, ScanRequest } from './daemon-client.js';

/** Answers `vouch scan --staged` requests (given by the CLI, which owns the scan command). */
export type ScanHandler = (req: ScanRequest) => Promise<DaemonAnswer>;

export const DEFAULT_IDLE_MS = 10 * 60_000;
const MAX_REQUEST_BYTES = 65 * 1024 * 1024;
const WATCH_MS = 2000;

/** Start a daemon for `socket` in the background (no output, not waited for). Never throws. */
export function spawnDaemon(launcher: string, socket: string): void {
  try {
    const child = spawn(process.execPath, [launcher, 'hook-daemon', '--socket', socket], { detached: true, stdio: 'ignore', env: process.env });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* no daemon this time: the next hook runs in process again */
  }
}

/** Is something answering on this socket? */
function alive(socket: string): Promise<boolean> {
  return new Promise((resolveAlive) => {
    const c = connect(socket);
    c.on('connect', () => { c.destroy(); resolveAlive(true); });
    c.on('error', () => resolveAlive(false));
  });
}

async function answer(raw: string, scan: ScanHandler | undefined): Promise<DaemonAnswer> {
  const req = JSON.parse(raw) as DaemonRequest;
  if (req.kind === 'scan') {
    if (!scan) throw new Error('this daemon does not run scans');
    return scan(req);
  }
  if (req.v !== 1 || typeof req.input !== 'string' || !(ASSISTANTS as readonly string[]).includes(req.assistant)) {
    throw new Error('malformed request');
  }
  const out = await runHook(req.assistant as Assistant, req.input, { failOn: req.failOn as FailOn | undefined, configFile: req.config }, new HookScanners());
  return { stdout: out.stdout ?? '', stderr: out.stderr ?? '', exitCode: out.exitCode };
}

/**
 * Serve hook requests on `socket` until idle. Resolves when the daemon stops (so tests can run it
 * in process); `vouch hook-daemon` then exits.
 */
export async function serveHooks(socket: string, idleMs = DEFAULT_IDLE_MS, scan?: ScanHandler): Promise<void> {
  if (existsSync(socket)) {
    if (await alive(socket)) return; // another daemon got there first
    rmSync(socket, { force: true }); // left by a daemon that died
  }
  // Half-open: the client ends its side after the request and still reads the answer.
  const server = createServer({ allowHalfOpen: true });
  let queue: Promise<void> = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  let ino: number | undefined;
  const stop = () => { clearTimeout(idle); server.close(); };
  const rearm = () => { clearTimeout(idle); idle = setTimeout(stop, idleMs); idle.unref?.(); };

  server.on('connection', (conn: Socket) => {
    rearm();
    const chunks: Buffer[] = [];
    let size = 0;
    conn.on('error', () => undefined);
    conn.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) conn.destroy();
      else chunks.push(c);
    });
    conn.on('end', () => {
      queue = queue.then(async () => {
        // Our socket file replaced or removed (a newer daemon, a cleanup): stop after this answer.
        let ours = true;
        try { ours = statSync(socket).ino === ino; } catch { ours = false; }
        let reply: DaemonAnswer;
        try {
          reply = await answer(Buffer.concat(chunks).toString('utf8'), scan);
        } catch (err) {
          // A negative exit code tells the client to run the hook itself.
          reply = { stdout: '', stderr: `hook daemon: ${(err as Error)?.message ?? String(err)}`, exitCode: -1 };
        }
        if (!conn.destroyed) conn.end(JSON.stringify(reply));
        if (!ours) stop();
        rearm();
      });
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(socket, () => { server.off('error', reject); resolveListen(); });
  }).catch(() => undefined);
  if (!server.listening) return; // EADDRINUSE: a daemon started at the same moment serves it
  try { ino = statSync(socket).ino; } catch { /* checked below */ }
  rearm();
  // Socket file removed or replaced (a cleanup, a newer daemon): nobody can reach us any more.
  const watch = setInterval(() => {
    let ours = false;
    try { ours = statSync(socket).ino === ino; } catch { /* gone */ }
    if (!ours) stop();
  }, WATCH_MS);
  watch.unref();
  server.on('close', () => clearInterval(watch));
  await new Promise<void>((resolveClosed) => server.on('close', resolveClosed));
  try { if (statSync(socket).ino === ino) rmSync(socket, { force: true }); } catch { /* gone already */ }
}
