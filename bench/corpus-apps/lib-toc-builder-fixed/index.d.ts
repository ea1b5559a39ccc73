export interface TocItem {
  id: string
  text: string
  level: number
}

export interface TocOptions {
  /** Article element or selector (default `article`). */
  content?: string | Element
  /** Element or selector that receives the table of contents (default `#toc`). */
  container?: string | Element
  /** Heading selector (default `h2, h3`). */
  headings?: string
  /** Title shown above the list (default `Contents`, empty for none). */
  title?: string
  /** Class prefix (default `toc`). */
  classPrefix?: string
  /** Highlight the heading in view (default true). */
  scrollSpy?: boolean
  /** Pixels from the top at which a heading counts as "current" (default 80). */
  offset?: number
}

export interface TocHandle {
  refresh(): TocItem[]
  destroy(): void
}

export function buildToc(options?: TocOptions): TocHandle
export function collectHeadings(content: Element, options: Required<TocOptions>): TocItem[]
/** Escaped HTML for server-side rendering and e-mails. */
export function tocHtml(items: readonly TocItem[], options?: TocOptions): string
export function slugify(text: string): string
