const ALLOWED = new Set(['moveTo', 'lineTo', 'bezierCurveTo', 'closePath'])

/**
 * Slow path used when eval is unavailable (CSP without 'unsafe-eval') or
 * disabled with { isEvalSupported: false }.
 */
export function interpretGlyph (c, size, cmds, fontMatrix) {
  const m = fontMatrix.map(Number)
  c.save()
  c.scale(size, -size)
  c.transform(m[0], m[1], m[2], m[3], m[4], m[5])
  c.beginPath()
  for (const { cmd, args } of cmds) {
    if (!ALLOWED.has(cmd)) continue
    c[cmd](...args)
  }
  c.restore()
}
