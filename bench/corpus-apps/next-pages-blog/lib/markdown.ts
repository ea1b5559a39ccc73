import { Marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

const marked = new Marked({ gfm: true, breaks: false });

/** Markdown -> HTML with the output cleaned; used for post bodies. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false }) as string;
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

/** Lightweight renderer for comments: inline formatting only, no headings. */
export function renderInline(source: string): string {
  return marked.parseInline(source, { async: false }) as string;
}

export function excerpt(source: string, length = 180): string {
  const text = source.replace(/[#>*_`~\[\]()!-]/g, '').replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}
