/**
 * A time limit on synchronous work in the calling thread, for one-off scans (an assistant's hook)
 * that should not pay for starting a worker thread. Node's `vm` timeout runs a watchdog that stops
 * the script from another thread (V8 TerminateExecution), which ends any synchronous JavaScript,
 * however deep, and cannot be caught on the way out. Only Vouch's own function runs: the script
 * merely calls it. Whatever state the interrupted work left half-built is never used again: the
 * scanner that timed out refuses further jobs.
 */
import vm from 'node:vm';

const SLOT = Symbol.for('vouch.bounded');
const CALL = new vm.Script(`globalThis[Symbol.for('vouch.bounded')]()`, { filename: 'vouch-bounded.js' });

/** Thrown by runBounded when `fn` ran past `ms`. */
export class BoundExceeded extends Error {
  constructor(readonly ms: number) {
    super(`gave up after ${ms} ms`);
    this.name = 'BoundExceeded';
  }
}

/** Run `fn` synchronously, stopped after `ms` milliseconds (at least 1). */
export function runBounded<T>(fn: () => T, ms: number): T {
  const g = globalThis as unknown as Record<symbol, (() => T) | undefined>;
  const outer = g[SLOT];
  const timeout = Math.max(1, Math.ceil(ms));
  g[SLOT] = fn;
  try {
    return CALL.runInThisContext({ timeout, breakOnSigint: false }) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new BoundExceeded(timeout);
    throw err;
  } finally {
    g[SLOT] = outer;
  }
}
