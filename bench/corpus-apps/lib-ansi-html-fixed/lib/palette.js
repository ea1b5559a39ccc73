/** xterm defaults for the 16 basic colours; 256-colour and truecolour values are computed. */
export const BASIC = [
  '0,0,0', '187,0,0', '0,187,0', '187,187,0', '0,0,187', '187,0,187', '0,187,187', '255,255,255',
  '85,85,85', '255,85,85', '0,255,0', '255,255,85', '85,85,255', '255,85,255', '85,255,255', '255,255,255',
];

const CUBE = [0, 95, 135, 175, 215, 255];

export function color256(n) {
  if (n < 16) {
    return BASIC[n];
  }
  if (n < 232) {
    const i = n - 16;
    return `${CUBE[Math.floor(i / 36)]},${CUBE[Math.floor(i / 6) % 6]},${CUBE[i % 6]}`;
  }
  const g = 8 + (n - 232) * 10;
  return `${g},${g},${g}`;
}

export function clampByte(v) {
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), 255) : 0;
}
