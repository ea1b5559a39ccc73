export type FontMatrix = [number, number, number, number, number, number]

export interface LoadOptions {
  /** Compile glyph outlines with `new Function` (default true). */
  isEvalSupported?: boolean
  cacheSize?: number
}

export interface Canvas2DLike {
  save(): void
  restore(): void
  translate(x: number, y: number): void
  scale(x: number, y: number): void
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  bezierCurveTo(a: number, b: number, c: number, d: number, e: number, f: number): void
  closePath(): void
  fill(): void
}

export type PathGenerator = (ctx: Canvas2DLike, size: number) => void

export declare const FONT_IDENTITY_MATRIX: FontMatrix

export declare class Font {
  readonly name: string
  readonly fontMatrix: FontMatrix
  readonly bbox: [number, number, number, number]
  hasGlyph(name: string): boolean
  getPathGenerator(glyphName: string): PathGenerator
  advanceOf(glyphName: string): number
  renderText(ctx: Canvas2DLike, text: string, options?: { x?: number; y?: number; size?: number }): number
}

export declare function loadFont(source: string | Uint8Array, options?: LoadOptions): Font
export declare function glyphNameFor(ch: string): string
