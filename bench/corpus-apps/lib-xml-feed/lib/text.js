/**
 * Trimmed text of the first child element matching `xpath`, or ''.
 * @param {import('libxmljs').Element} el
 * @param {string} xpath
 * @param {Record<string, string>} [ns]
 */
export function childText(el, xpath, ns) {
  const node = el.get(xpath, ns);
  return node ? node.text().trim() : '';
}

/** Parses an RFC 822 / RFC 3339 date; undefined when missing or invalid. */
export function parseDate(text) {
  if (!text) return undefined;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Removes markup from an HTML fragment and collapses whitespace (for plain-text summaries). */
export function stripTags(html) {
  return String(html)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
