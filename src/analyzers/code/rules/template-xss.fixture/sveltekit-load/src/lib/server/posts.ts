import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

export interface PostRow { id: number; body: string; signature: string }

export function postsOf(thread: number): PostRow[] {
  return thread > 0 ? [] : [];
}

/** Markdown that other users wrote: marked keeps the raw HTML in it. */
export function renderPost(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

export function renderSignature(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }) as string);
}

export function renderNotice(): string {
  return marked.parse('**Be kind.** Posts are moderated.', { async: false }) as string;
}
