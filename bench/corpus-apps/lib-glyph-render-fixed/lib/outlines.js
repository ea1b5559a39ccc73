/**
 * Decodes a glyph procedure ({ 667 hsbw 0 0 m 333 700 l 667 0 l cp }) into
 * absolute path commands. Operands must be numbers; anything else is
 * rejected, so command arguments are always finite numbers.
 */
const OPS = {
  m: { cmd: 'moveTo', argc: 2 },
  rmoveto: { cmd: 'moveTo', argc: 2, relative: true },
  l: { cmd: 'lineTo', argc: 2 },
  rlineto: { cmd: 'lineTo', argc: 2, relative: true },
  c: { cmd: 'bezierCurveTo', argc: 6 },
  rrcurveto: { cmd: 'bezierCurveTo', argc: 6, relative: true },
  cp: { cmd: 'closePath', argc: 0 },
  closepath: { cmd: 'closePath', argc: 0 }
}

export function decodeOutline (proc) {
  const cmds = []
  const stack = []
  let x = 0
  let y = 0
  let width = null
  for (const item of proc) {
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) throw new TypeError('Non-finite glyph coordinate')
      stack.push(item)
      continue
    }
    const op = item && typeof item === 'object' && typeof item.op === 'string' ? item.op : null
    if (op === 'hsbw' || op === 'sbw') {
      width = stack.length >= 2 ? stack[1] : stack[0] ?? null
      x = stack[0] ?? 0
      stack.length = 0
      continue
    }
    const spec = op && Object.hasOwn(OPS, op) ? OPS[op] : null
    if (!spec) throw new TypeError(`Unsupported glyph operator ${String(op)}`)
    if (stack.length < spec.argc) throw new RangeError(`${op} needs ${spec.argc} operands`)
    const args = stack.splice(stack.length - spec.argc, spec.argc)
    if (spec.relative) {
      for (let k = 0; k < args.length; k += 2) {
        args[k] += x
        args[k + 1] += y
      }
    }
    if (args.length >= 2) {
      x = args[args.length - 2]
      y = args[args.length - 1]
    }
    cmds.push({ cmd: spec.cmd, args })
    stack.length = 0
  }
  cmds.width = width
  proc.width = width
  return cmds
}
