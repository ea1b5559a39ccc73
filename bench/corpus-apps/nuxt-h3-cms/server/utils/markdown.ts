import { Marked } from 'marked'
import DOMPurify from 'isomorphic-dompurify'

const marked = new Marked({ gfm: true, breaks: false })

const PURIFY_OPTIONS = {
  ALLOWED_TAGS: ['p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br'],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title'],
  ALLOW_DATA_ATTR: false
}

/** Page bodies: Markdown -> HTML, then sanitised for v-html. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false }) as string
  return DOMPurify.sanitize(html, PURIFY_OPTIONS)
}

/** Comments support a small Markdown subset (emphasis, links, code). */
export function renderCommentMarkdown(source: string): string {
  return marked.parseInline(source, { async: false }) as string
}
