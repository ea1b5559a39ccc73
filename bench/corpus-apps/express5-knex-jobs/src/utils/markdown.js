import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

marked.setOptions({ gfm: true, breaks: true })

/**
 * Job descriptions are written in Markdown by recruiters.
 */
export function renderDescription(markdown) {
  return marked.parse(String(markdown ?? ''))
}

/**
 * Candidate cover letters are untrusted, so they are cleaned.
 */
export function renderCoverLetter(markdown) {
  return sanitizeHtml(marked.parse(String(markdown ?? '')), {
    allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
  })
}
