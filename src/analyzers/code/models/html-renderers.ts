/**
 * Markdown renderers: their output is HTML, and most let raw HTML in the input through (`marked`,
 * showdown, snarkdown, commonmark) unless an option says otherwise; markdown-it, remarkable and
 * micromark escape it unless an option lets it in. A renderer that passes raw HTML carries its
 * input's data to HTML sinks; one that escapes it returns HTML safe to insert.
 *
 * Rows match the qualified callee name or the API path (`markdown-it|().render`). Options are read
 * as text from the call (options argument, resolved when it is a constant of the file) and, for
 * renderers configured once per instance or globally, from the file.
 */
export interface HtmlRendererRow {
  /** Qualified callee names (`marked.parse`). */
  callee?: RegExp;
  /** API paths (`package|path`). */
  api?: RegExp;
  /** Raw HTML in the input reaches the output by default. */
  passesHtml: boolean;
  /** Option text that flips the default (`sanitize: true` / `html: true`). */
  flip: RegExp;
  /** The flip may be set where the renderer is configured (instance options, `setOptions`) anywhere in the file. */
  fileWide?: boolean;
  /** How the trace names the renderer. */
  label: string;
}

/** No option changes this renderer. */
const NEVER = /(?!)/;

export const HTML_RENDERERS: HtmlRendererRow[] = [
  // marked: raw HTML passes; the old `sanitize: true` option (or a `sanitizer`) escaped it.
  { callee: /^marked(\.(marked|parse|parseInline|default))?$|^marked\.Marked\(\)\.(parse|parseInline)$/, api: /^marked\|.*\b(parse|parseInline)$/, passesHtml: true, flip: /\bsanitize\s*:\s*true|\bsanitizer\s*:/, fileWide: true, label: 'marked' },
  { api: /^showdown\|.*\.makeHtml$/, passesHtml: true, flip: NEVER, label: 'showdown' },
  { callee: /^snarkdown$/, passesHtml: true, flip: NEVER, label: 'snarkdown' },
  // commonmark's HtmlRenderer keeps raw HTML unless `safe: true`.
  { api: /^commonmark\|.*HtmlRenderer\(\)\.render$/, passesHtml: true, flip: /\bsafe\s*:\s*true/, fileWide: true, label: 'commonmark' },
  // markdown-it / remarkable: `html: false` (the default) escapes raw HTML and drops `javascript:` links.
  { api: /^(markdown-it|remarkable)\|.*\.(render|renderInline)$/, passesHtml: false, flip: /\bhtml\s*:\s*true/, fileWide: true, label: 'markdown-it' },
  { callee: /^micromark$/, passesHtml: false, flip: /\ballowDangerousHtml\s*:\s*true/, label: 'micromark' },
];

/**
 * Options of an HTML sanitizer that let script through: sanitize-html allowing every tag or
 * attribute, vulnerable tags or `javascript:` links; DOMPurify adding script-capable tags, event
 * attributes or unknown protocols.
 */
export const UNSAFE_SANITIZER_OPTIONS = /\ballowedTags\s*:\s*false|\ballowedAttributes\s*:\s*false|\ballowVulnerableTags\s*:\s*true|\ballowedSchemes\s*:\s*\[[^\]]*['"`](javascript|data)['"`]|\bADD_TAGS\s*:\s*\[[^\]]*['"`](script|iframe|object|embed)['"`]|\bADD_ATTR\s*:\s*\[[^\]]*['"`]on\w+['"`]|\bALLOWED_TAGS\s*:\s*\[[^\]]*['"`]script['"`]|\bALLOW_UNKNOWN_PROTOCOLS\s*:\s*true/;
