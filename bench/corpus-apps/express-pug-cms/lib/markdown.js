import { marked } from 'marked';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const DOMPurify = createDOMPurify(new JSDOM('').window);

export function renderMarkdown(source) {
  return DOMPurify.sanitize(marked.parse(String(source)));
}

export function renderMarkdownUnsafe(source) {
  return marked.parse(String(source));
}
