'use strict';

const ALLOWED = ['b', 'i', 'em', 'strong', 'p', 'br', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote'];

// One pass: drop dangerous elements with their content, then event-handler attributes,
// then javascript: URLs, then every tag that is not allow-listed.
function clean(html) {
  return String(html)
    .replace(/<(script|style|iframe|object|embed)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href|src)\s*=\s*(["']?)\s*javascript:/gi, '$1=$2#')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name) => (ALLOWED.includes(name.toLowerCase()) ? tag : ''));
}

module.exports = { clean, ALLOWED };
