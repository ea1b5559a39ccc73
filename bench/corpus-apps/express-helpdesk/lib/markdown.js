const { marked } = require('marked');
const sanitizeHtml = require('sanitize-html');

marked.setOptions({ gfm: true, breaks: true });

// Agents paste screenshots and tables into replies, so replies keep images and tables.
const REPLY_TAGS = sanitizeHtml.defaults.allowedTags.concat(['img', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Ticket bodies are written in Markdown by customers. */
function toHtml(markdown) {
  return marked.parse(markdown || '');
}

/** Agent replies: Markdown, cleaned before it is shown to customers. */
function replyToHtml(markdown) {
  return sanitizeHtml(marked.parse(markdown || ''), {
    allowedTags: REPLY_TAGS,
    allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt'] },
    allowedSchemes: ['http', 'https', 'mailto'],
  });
}

module.exports = { toHtml, replyToHtml };
