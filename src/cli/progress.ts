/**
 * A one-line progress indicator on stderr, only on a TTY, never in CI, and only once a scan has
 * run for a second (short scans stay silent).
 */
export function createProgress(enabled: boolean): { update(done: number, total: number): void; stop(): void } {
  const stream = process.stderr;
  const on = enabled && stream.isTTY === true && !process.env.CI;
  const start = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      if (!on) return;
      const now = Date.now();
      if (now - start < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[Kvouch: scanning ${done}/${total} files…`);
    },
    stop() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
