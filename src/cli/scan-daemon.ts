/**
 * `vouch scan --staged` answered by the warm daemon (assist/hooks/daemon.ts). A pre-commit hook
 * spends most of its time starting Node, loading the CLI and running the analysis cold; the daemon
 * has all of that warm and runs the very same command code (`main`) for the request.
 *
 * The request carries the client's command line, working directory, environment and whether its
 * stdout is a terminal. For the length of one run the daemon takes those on (requests are served one
 * at a time, so nothing else sees the swap), captures what the command writes to stdout and stderr,
 * and reads the exit code it set. State a run may leave behind that depends on files outside the
 * scanned ones (package.json manifests, git top-level memos) is forgotten before each run, so an
 * answer is the one a fresh process would give.
 */
import { isAbsolute } from 'node:path';
import type { DaemonAnswer, ScanRequest } from '../assist/hooks/daemon-client.js';
import { forgetManifests } from '../analyzers/code/models/patched-libraries.js';
import { forgetGitMemos } from '../provenance/git.js';
import { daemonScanArgs } from '../assist/hooks/daemon-client.js';

type Write = typeof process.stdout.write;

function valid(req: ScanRequest): boolean {
  return req.v === 1 && Array.isArray(req.args) && req.args.every((a) => typeof a === 'string') && daemonScanArgs(['node', 'vouch', ...req.args]) !== undefined
    && typeof req.cwd === 'string' && isAbsolute(req.cwd)
    && !!req.env && typeof req.env === 'object' && Object.values(req.env).every((v) => typeof v === 'string');
}

export async function answerScan(req: ScanRequest): Promise<DaemonAnswer> {
  // A negative exit code tells the client to run the scan itself.
  if (!valid(req)) return { stdout: '', stderr: 'scan daemon: malformed request', exitCode: -1 };
  const saved = { cwd: process.cwd(), env: process.env, exitCode: process.exitCode, out: process.stdout.write, err: process.stderr.write, tty: process.stdout.isTTY };
  const stdout: string[] = [];
  const stderr: string[] = [];
  const capture = (into: string[]): Write => ((chunk: string | Uint8Array, encodingOrCb?: unknown, cb?: unknown) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encodingOrCb === 'function' ? encodingOrCb : cb;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as Write;
  try {
    process.chdir(req.cwd);
  } catch {
    return { stdout: '', stderr: `scan daemon: cannot enter ${req.cwd}`, exitCode: -1 };
  }
  try {
    process.env = { ...req.env };
    process.exitCode = undefined;
    process.stdout.write = capture(stdout);
    process.stderr.write = capture(stderr);
    process.stdout.isTTY = req.stdoutTTY;
    forgetManifests();
    forgetGitMemos();
    const { main } = await import('./main.js');
    await main(['node', 'vouch', ...req.args]);
    const code = process.exitCode;
    return { stdout: stdout.join(''), stderr: stderr.join(''), exitCode: typeof code === 'number' ? code : Number(code ?? 0) || 0 };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.stdout.isTTY = saved.tty;
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
  }
}
