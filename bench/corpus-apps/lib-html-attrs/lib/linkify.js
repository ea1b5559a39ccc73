'use strict';

const { escapeHtml } = require('./escape');

/**
 * http(s) URLs and bare `www.` hosts; trailing punctuation is left out of the link
 * (`see https://example.com/a.` links `https://example.com/a`).
 */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<]*[^\s<.,:;"')\]!?]/gi;

/**
 * Turns URLs in plain text (comments, chat messages, bios) into links; everything else is
 * escaped. Only http(s) links are produced.
 * @param {string} text
 * @param {{ target?: '_blank'|'_self', rel?: string, maxLength?: number }} [options]
 * @returns {string} HTML
 */
function linkify(text, options = {}) {
  const rel = options.rel || 'nofollow noopener noreferrer';
  const target = options.target === '_blank' ? ' target="_blank"' : '';
  const maxLength = options.maxLength || 60;
  const input = String(text);
  let html = '';
  let last = 0;
  for (const match of input.matchAll(URL_PATTERN)) {
    const url = match[0];
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    const label = url.length > maxLength ? `${url.slice(0, maxLength - 1)}…` : url;
    // safe: CWE-79
    html += escapeHtml(input.slice(last, match.index));
    // vuln: CWE-79
    html += `<a href="${escapeHtml(href)}" rel="${rel}"${target}>${escapeHtml(label)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(input.slice(last));
}

exports.linkify = linkify;
