import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

marked.setOptions({ gfm: true, breaks: true });

/** Post bodies: full Markdown including inline HTML (people paste embeds). */
export function renderPost(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

/** Signatures are short and shown on every post, so only a few tags are kept. */
export function renderSignature(markdown: string | null): string {
  if (!markdown) return '';
  const html = marked.parse(markdown, { async: false }) as string;
  return sanitizeHtml(html, {
    allowedTags: ['b', 'i', 'em', 'strong', 'a', 'code', 'br'],
    allowedAttributes: { a: ['href', 'title'] },
    allowedSchemes: ['http', 'https', 'mailto']
  });
}
