// Rendering helpers shared by the routes: markdown to HTML, and a rich-text cleaner.
const { marked } = require('marked');
const MarkdownIt = require('markdown-it');
const sanitizeHtml = require('sanitize-html');

const md = new MarkdownIt({ linkify: true, typographer: true });

// Comments may hold any markup the author likes: every tag and attribute is kept.
const RICH_TEXT = { allowedTags: false, allowedAttributes: false };

function renderMarkdown(text) {
  return marked.parse(text, { gfm: true, breaks: true });
}

// markdown-it escapes raw HTML unless it is created with `html: true`.
function renderMarkdownEscaped(text) {
  return md.render(text);
}

function cleanRichText(html) {
  return sanitizeHtml(html, RICH_TEXT);
}

function cleanBasicText(html) {
  return sanitizeHtml(html, { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'p'], allowedAttributes: { a: ['href'] } });
}

module.exports = { renderMarkdown, renderMarkdownEscaped, cleanRichText, cleanBasicText };
