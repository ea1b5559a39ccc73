'use strict';

const { clean, ALLOWED } = require('./sanitize');

function escapeText(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// renderComment(el, comment.body): shows a user comment with basic formatting.
function renderComment(el, html) {
  // vuln: CWE-79
  el.innerHTML = clean(html);
}

// renderAuthor(el, comment.author): plain text only.
function renderAuthor(el, name) {
  // safe: CWE-79
  el.textContent = name;
}

// renderMeta(el, comment): escaped text inside fixed markup.
function renderMeta(el, comment) {
  // safe: CWE-79
  el.innerHTML = '<span class="author">' + escapeText(comment.author) + '</span> <time>' + escapeText(comment.date) + '</time>';
}

module.exports = { renderComment, renderAuthor, renderMeta, clean, ALLOWED };
