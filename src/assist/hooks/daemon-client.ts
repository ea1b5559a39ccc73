/**
 * The client half of the hook daemon, run by bin/vouch.js before the CLI bundle is loaded.
 *
 * An assistant runs `vouch hook …` on every edit, and a fresh Node process spends most of a hook in
 * start-up: reading and deserialising the bundle, initialising the rules, and running the analysis
 * cold (interpreted, before V8 optimises it). The first hook run therefore leaves a small server
 * behind (`vouch hook-daemon`, see daemon.ts) that keeps all of that warm; the next runs hand it
 * the event over a Unix socket and print its answer. Only Node built-ins are imported here, so the
 * client itself costs a few milliseconds.
 *
 * Anything unexpected — no daemon, a refused or dropped connection, a malformed answer, options
 * this client does not know — means running the hook in this process as before: the daemon is an
 * accelerator, never a dependency. `VOUCH_HOOK_DAEMON=0` turns it off.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the client sends for `vouch hook …`: one JSON line. */
export interface HookDaemonRequest {
  v: 1;
  kind?: 'hook';
  assistant: string;
  input: string;
  failOn?: string;
  /** Absolute path of `--config`, when given. */
  config?: string;
}

/**
 * What the client sends for `vouch scan --staged …` (a pre-commit hook): the command line, where it
 * was run and its environment (a git hook sets GIT_INDEX_FILE and friends), and whether stdout is a
 * terminal (colours). The daemon runs the same CLI code with exactly these.
 */
export interface ScanRequest {
  v: 1;
  kind: 'scan';
  args: string[];
  cwd: string;
  env: Record<string, string>;
  stdoutTTY: boolean;
}

export type DaemonRequest = HookDaemonRequest | ScanRequest;

/** What the daemon answers: one JSON document, then it closes the connection. */
export interface DaemonAnswer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type ClientResult =
  | { handled: true; answer: DaemonAnswer }
  /** Run in process. `input`: the event already read from stdin; `socket`: where a daemon may be started. */
  | { handled: false; input?: string; socket?: string };

const MAX_EVENT_BYTES = 64 * 1024 * 1024;
/** Generous: the daemon applies assist.timeoutMs (5 s by default) itself; this only catches a stuck daemon. */
const ANSWER_TIMEOUT_MS = 60_000;

export function daemonEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VOUCH_HOOK_DAEMON !== '0' && process.platform !== 'win32' && typeof process.getuid === 'function';
}

/**
 * `vouch scan --staged` goes through the daemon unless VOUCH_SCAN_DAEMON=0, or in CI (a one-shot
 * machine gains nothing from a process left behind).
 */
export function scanDaemonEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VOUCH_SCAN_DAEMON !== '0' && !env.CI && process.platform !== 'win32' && typeof process.getuid === 'function';
}

/**
 * Scan command lines the daemon takes: `scan` with `--staged`, nothing read from stdin and nothing
 * recorded or uploaded (those stay in the process the user started).
 */
export function daemonScanArgs(argv: string[]): string[] | undefined {
  const args = argv.slice(2);
  if (args[0] !== 'scan' || !args.includes('--staged')) return undefined;
  if (args.some((a) => a === '--stdin' || a === '--record' || a === '--upload' || a === '--help' || a === '-h' || a.startsWith('--stdin-filename') || a.startsWith('--db'))) return undefined;
  return args;
}

/** FNV-1a, enough to tell builds apart in a file name (node:crypto would cost more than the rest). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The socket of the daemon for this build of Vouch and this Node: a private directory of the user
 * (`$XDG_RUNTIME_DIR/vouch`, else `<tmp>/vouch-<uid>`, mode 0700, owned by the user, or no daemon).
 * The build is told apart by the bundle's path, size and time, so an upgrade starts a new daemon
 * and the old one ends when idle.
 */
export function socketPath(bundleUrl: URL, env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const uid = process.getuid!();
    const dir = env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'vouch') : join(tmpdir(), `vouch-${uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) return undefined;
    const bundle = fileURLToPath(bundleUrl);
    const b = statSync(bundle);
    const path = join(dir, `hook-${shortHash(`${bundle}\0${b.size}\0${b.mtimeMs}\0${process.version}`)}.sock`);
    // Unix socket paths are limited to ~107 bytes.
    return Buffer.byteLength(path) < 100 ? path : undefined;
  } catch {
    return undefined;
  }
}

/** stdin, bounded in size and time: a hook must not hang when no event arrives (also the in-process hook's reader). */
export function readStdin(timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolveRead) => {
    if (process.stdin.isTTY) return resolveRead(undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (v: string | undefined) => { clearTimeout(timer); process.stdin.pause(); resolveRead(v); };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    process.stdin.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_EVENT_BYTES) return done(undefined);
      chunks.push(c);
    });
    process.stdin.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', () => done(undefined));
  });
}

/** `hook <assistant> [--fail-on S] [-c|--config F]`; anything else is left to the full CLI. */
function parseHookArgs(args: string[]): { assistant: string; failOn?: string; config?: string } | undefined {
  const [assistant, ...rest] = args;
  if (!assistant || assistant.startsWith('-')) return undefined;
  const out: { assistant: string; failOn?: string; config?: string } = { assistant };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const eq = a.indexOf('=');
    const [name, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = inline ?? rest[++i];
    if (value === undefined) return undefined;
    if (name === '--fail-on') out.failOn = value;
    else if (name === '--config' || name === '-c') out.config = value;
    else return undefined;
  }
  return out;
}

/** Send one request; undefined on any failure (the caller then runs the hook itself). */
export function ask(socket: string, request: DaemonRequest, timeoutMs = ANSWER_TIMEOUT_MS): Promise<DaemonAnswer | undefined> {
  return new Promise((resolveAsk) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (a: DaemonAnswer | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      resolveAsk(a);
    };
    const conn = connect(socket);
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    conn.on('connect', () => conn.end(`${JSON.stringify(request)}\n`));
    conn.on('data', (c: Buffer) => chunks.push(c));
    conn.on('error', () => finish(undefined));
    conn.on('close', () => {
      try {
        const a = JSON.parse(Buffer.concat(chunks).toString('utf8')) as DaemonAnswer;
        finish(typeof a.stdout === 'string' && typeof a.stderr === 'string' && Number.isInteger(a.exitCode) && a.exitCode >= 0 ? a : undefined);
      } catch {
        finish(undefined);
      }
    });
  });
}

/** Try the daemon for `vouch scan --staged …` (argv as process.argv). */
export async function tryScanDaemon(argv: string[], bundleUrl: URL): Promise<ClientResult> {
  const args = daemonScanArgs(argv);
  if (!args || !scanDaemonEnabled()) return { handled: false };
  const socket = socketPath(bundleUrl);
  if (!socket) return { handled: false };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // A scan of a large staged change may take minutes; the daemon's own per-file timeouts bound it.
  const answer = await ask(socket, { v: 1, kind: 'scan', args, cwd: process.cwd(), env, stdoutTTY: process.stdout.isTTY === true }, 10 * ANSWER_TIMEOUT_MS);
  return answer ? { handled: true, answer } : { handled: false, socket };
}

/** Try the daemon for `vouch hook …` (argv as process.argv). */
export async function tryDaemon(argv: string[], bundleUrl: URL): Promise<ClientResult> {
  const args = parseHookArgs(argv.slice(3));
  if (!args || !daemonEnabled()) return { handled: false };
  const socket = socketPath(bundleUrl);
  if (!socket) return { handled: false };
  const input = await readStdin(5000);
  if (input === undefined) return { handled: false, socket };
  const config = args.config === undefined ? undefined : resolve(args.config);
  const started = Date.now();
  const answer = await ask(socket, { v: 1, assistant: args.assistant, input, failOn: args.failOn, config });
  if (answer) return { handled: true, answer };
  // A daemon that did not answer in time is stuck: take its socket away so the next hook starts afresh.
  if (Date.now() - started >= ANSWER_TIMEOUT_MS) {
    try { rmSync(socket, { force: true }); } catch { /* someone else's cleanup */ }
  }
  return { handled: false, input, socket };
}
