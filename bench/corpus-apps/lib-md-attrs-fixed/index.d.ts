export interface AttrdownOptions {
  /** Honour `key=value` pairs in attribute lists (ids and classes always apply). Default true. */
  attributes?: boolean;
  /** Generate ids for headings without an `{#id}`. Default true. */
  headingIds?: boolean;
  headingIdPrefix?: string;
  /** `target` for links; adds `rel="noopener noreferrer"`. */
  linkTarget?: '_blank' | '_self' | '_parent' | '_top' | null;
  maxNesting?: number;
}

export function render(markdown: string, options?: AttrdownOptions): string;
export function renderLine(markdown: string, options?: AttrdownOptions): string;
export function renderInto<E extends Element>(element: E, markdown: string, options?: AttrdownOptions): E;
export function appendTo(element: Element, markdown: string, options?: AttrdownOptions): HTMLDivElement;
export function renderTextInto<E extends Element>(element: E, markdown: string): E;
export function escapeHtml(text: string): string;
