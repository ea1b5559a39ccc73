import DOMPurify from 'dompurify';
import { marked } from 'marked';

marked.setOptions({ gfm: true, breaks: true });

export function renderMarkdown(md: string): string {
  return DOMPurify.sanitize(marked.parse(md, { async: false }) as string, {
    ADD_ATTR: ['target'],
    FORBID_TAGS: ['style', 'form'],
  });
}

/** Raw render used where the input is considered trusted. */
export function renderMarkdownRaw(md: string): string {
  return marked.parse(md, { async: false }) as string;
}

export function escapeHtml(text: string) {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}
