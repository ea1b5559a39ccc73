import { parseFontProgram } from './lib/font-dict.js'
import { decodeOutline } from './lib/outlines.js'
import { compileGlyph } from './lib/compiler.js'
import { interpretGlyph } from './lib/interpreter.js'
import { GlyphCache } from './lib/cache.js'

export { FONT_IDENTITY_MATRIX } from './lib/font-dict.js'

/**
 * loadFont(source, options) -> Font
 *   source: the cleartext part of a Type 1 font program (string or Uint8Array)
 *   options.isEvalSupported (default true): compile glyph outlines to
 *   functions for speed; false falls back to the command interpreter.
 */
export function loadFont (source, options = {}) {
  const text = typeof source === 'string' ? source : new TextDecoder('latin1').decode(source)
  const dict = parseFontProgram(text)
  return new Font(dict, options)
}

export class Font {
  constructor (dict, { isEvalSupported = true, cacheSize = 512 } = {}) {
    this.name = dict.fontName
    this.fontMatrix = dict.fontMatrix
    this.bbox = dict.fontBBox
    this.charStrings = dict.charStrings
    this.isEvalSupported = isEvalSupported
    this.cache = new GlyphCache(cacheSize)
  }

  hasGlyph (name) {
    return Object.hasOwn(this.charStrings, name)
  }

  getPathGenerator (glyphName) {
    const cached = this.cache.get(glyphName)
    if (cached) return cached
    const outline = this.hasGlyph(glyphName) ? this.charStrings[glyphName] : this.charStrings['.notdef'] || []
    const cmds = decodeOutline(outline)
    const fn = this.isEvalSupported
      ? compileGlyph(cmds, this.fontMatrix)
      : (c, size) => interpretGlyph(c, size, cmds, this.fontMatrix)
    this.cache.set(glyphName, fn)
    return fn
  }

  advanceOf (glyphName) {
    const outline = this.hasGlyph(glyphName) ? this.charStrings[glyphName] : []
    const w = outline.width
    return typeof w === 'number' ? w * this.fontMatrix[0] : 0.5
  }

  /**
   * Draws `text` with glyph names taken from the standard encoding
   * (letters and digits map to their own names).
   */
  renderText (ctx, text, { x = 0, y = 0, size = 12 } = {}) {
    let pen = x
    for (const ch of text) {
      const name = glyphNameFor(ch)
      ctx.save()
      ctx.translate(pen, y)
      this.getPathGenerator(name)(ctx, size)
      ctx.fill()
      ctx.restore()
      pen += this.advanceOf(name) * size
    }
    return pen - x
  }
}

const NAMED = { ' ': 'space', '.': 'period', ',': 'comma', '-': 'hyphen', '!': 'exclam', '?': 'question' }

export function glyphNameFor (ch) {
  if (/^[A-Za-z]$/.test(ch)) return ch
  if (/^[0-9]$/.test(ch)) return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][Number(ch)]
  return NAMED[ch] || '.notdef'
}
