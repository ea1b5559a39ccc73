/** Exit codes, as DESIGN.md fixes them. */
export const EXIT = {
  /** The gate passed. */
  passed: 0,
  /** The gate failed: findings at or above the threshold, or a policy. */
  gateFailed: 1,
  /** Usage or configuration error. */
  usage: 2,
  /** The scan could not complete (nothing scanned, or scan errors under `scanErrors: fail`). */
  incomplete: 3,
} as const;

/** An error the user caused (bad flag, bad config): message only, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
