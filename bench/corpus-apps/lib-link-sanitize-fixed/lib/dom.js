import { sanitizeUrl } from './sanitize.js';
import { escapeHtml, escapeAttr } from './escape.js';

const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Points an existing `<a>` element at a user-supplied URL.
 * @param {HTMLAnchorElement} anchor
 * @param {string} url
 * @param {{ newTab?: boolean }} [options]
 */
export function setLink(anchor, url, options = {}) {
  const href = sanitizeUrl(url);
  // safe: CWE-79
  anchor.setAttribute('href', href);
  if (options.newTab) {
    anchor.setAttribute('target', '_blank');
    anchor.setAttribute('rel', 'noopener noreferrer');
  }
  return anchor;
}

/**
 * Replaces the content of `container` with a link to `url` labelled `label`
 * (for comment bodies, profile pages, chat previews).
 * @param {Element} container
 * @param {string} url
 * @param {string} [label] defaults to the URL itself
 */
export function renderLink(container, url, label) {
  const href = sanitizeUrl(url);
  const text = label == null || label === '' ? String(url) : label;
  const html = `<a href="${escapeAttr(href)}" rel="nofollow ugc noopener">${escapeHtml(text)}</a>`;
  // safe: CWE-79
  container.innerHTML = html;
  return container.firstElementChild;
}

/**
 * Sets an image source from a user-supplied URL; only absolute http(s) URLs are used.
 * @param {HTMLImageElement} img
 * @param {string} src
 * @param {string} [base] base URL for relative sources (default: the document's)
 */
export function setImage(img, src, base) {
  let u;
  try {
    u = new URL(String(src), base || (typeof document !== 'undefined' ? document.baseURI : undefined));
  } catch (e) {
    img.removeAttribute('src');
    return img;
  }
  if (IMAGE_PROTOCOLS.has(u.protocol)) {
    img.src = u.href;
  } else {
    img.removeAttribute('src');
  }
  return img;
}

/**
 * Sets plain text (never parsed as HTML).
 * @param {Element} el
 * @param {string} text
 */
export function setText(el, text) {
  el.textContent = text == null ? '' : String(text);
  return el;
}
