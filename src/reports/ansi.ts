/** The handful of ANSI styles the text report uses; every function is the identity when colour is off. */
import type { Severity } from '../findings/severity.js';

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  severity(sev: Severity, s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function palette(color: boolean): Palette {
  if (!color) {
    const id = (s: string) => s;
    return { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id, severity: (_sev, s) => s };
  }
  const bold = wrap(1, 22);
  const red = wrap(31, 39);
  const magenta = wrap(35, 39);
  const yellow = wrap(33, 39);
  const blue = wrap(34, 39);
  const dim = wrap(2, 22);
  const bySeverity: Record<Severity, (s: string) => string> = {
    critical: (s) => bold(magenta(s)),
    high: red,
    medium: yellow,
    low: blue,
    info: dim,
  };
  return { bold, dim, red, green: wrap(32, 39), yellow, cyan: wrap(36, 39), severity: (sev, s) => bySeverity[sev](s) };
}
