import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

/** Markdown with the raw HTML in it kept. */
export function renderSummary(md: string): string {
  return marked.parse(md, { async: false }) as string;
}

export function renderSafeSummary(md: string): string {
  return DOMPurify.sanitize(marked.parse(md, { async: false }) as string);
}
