/**
 * Compiles decoded path commands into a function (c, size) => void that
 * replays them on a Canvas 2D context. Much faster than interpreting the
 * command list on every draw when the same glyph is used thousands of times.
 */
export function compileGlyph (cmds, fontMatrix) {
  const js = []
  js.push('c.save();')
  js.push('c.scale(size, -size);')
  js.push('c.transform(' + fontMatrix.join(',') + ');')
  js.push('c.beginPath();')
  for (const { cmd, args } of cmds) {
    js.push('c.' + cmd + '(' + args.join(',') + ');')
  }
  js.push('c.restore();')
  // vuln: CWE-94
  return new Function('c', 'size', js.join('\n'))
}
