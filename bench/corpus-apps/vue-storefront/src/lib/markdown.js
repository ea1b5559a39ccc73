import { marked } from 'marked';
import DOMPurify from 'dompurify';

export const renderMarkdown = (text) => DOMPurify.sanitize(marked.parse(text ?? ''));

export const renderMarkdownFast = (text) => marked.parse(text ?? '');
