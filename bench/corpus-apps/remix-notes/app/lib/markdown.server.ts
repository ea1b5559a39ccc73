import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

marked.use({ gfm: true, breaks: true });

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

/** HTML that is safe to hand to dangerouslySetInnerHTML. */
export function renderNoteHtml(markdown: string): string {
  return DOMPurify.sanitize(markdownToHtml(markdown), { USE_PROFILES: { html: true } });
}

export function excerpt(markdown: string, length = 160): string {
  const plain = markdown.replace(/[#*_`>[\]()!-]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > length ? `${plain.slice(0, length - 1)}…` : plain;
}
