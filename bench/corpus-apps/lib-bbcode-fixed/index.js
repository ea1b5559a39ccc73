import { tokenize } from './lib/tokenize.js';
import { render } from './lib/render.js';

/**
 * @typedef {object} BBOptions
 * @property {boolean} [breaks]       turn newlines into <br> (default true)
 * @property {string}  [linkRel]      rel of generated links
 * @property {boolean} [targetBlank]  open links in a new tab
 */

/** @type {Required<BBOptions>} */
export const defaults = { breaks: true, linkRel: 'nofollow noopener', targetBlank: false };

/**
 * Converts BBCode to an HTML string.
 * @param {string} input
 * @param {BBOptions} [options]
 * @returns {string}
 */
export function toHTML(input, options = {}) {
  return render(tokenize(String(input ?? '')), { ...defaults, ...options });
}

/**
 * Renders BBCode into a DOM element, replacing its content.
 * @param {Element} element
 * @param {string} input
 * @param {BBOptions} [options]
 * @returns {Element}
 */
export function renderInto(element, input, options) {
  const html = toHTML(input, options);
  // safe: CWE-79
  element.innerHTML = html;
  return element;
}

/**
 * Shows the text of a BBCode post without any markup (e.g. for previews).
 * @param {Element} element
 * @param {string} input
 */
export function renderText(element, input) {
  const text = tokenize(String(input ?? ''))
    .filter((t) => t.type === 'text')
    .map((t) => t.value)
    .join('');
  // safe: CWE-79
  element.textContent = text;
  return element;
}

export default { toHTML, renderInto, renderText, defaults };
