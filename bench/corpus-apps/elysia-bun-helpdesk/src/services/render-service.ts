import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'
import { escapeHtml, page } from '../lib/html'

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'h1', 'h2']),
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
}

/** Ticket replies are written in Markdown; this is what customers see in the portal and e-mails. */
export function renderReply(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }) as string, SANITIZE)
}

/** The agent composer's live preview. */
export function renderDraft(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true, breaks: true }) as string
}

export function previewDocument(title: string, bodyHtml: string): string {
  return page(title, `<article class="reply-preview">${bodyHtml}</article>`)
}

export function plainTextPreview(text: string): string {
  return page('Preview', `<pre>${escapeHtml(text)}</pre>`)
}
