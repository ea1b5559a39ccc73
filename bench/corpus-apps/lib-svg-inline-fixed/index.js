import { normalizeOptions } from './lib/options.js';
import { cleanSvg, sanitizeSvg } from './lib/sanitize.js';
import { mount, decorate, clear } from './lib/dom.js';
import { loadSvg } from './lib/load.js';

/**
 * Replaces the content of `el` with the given SVG markup, sanitised first.
 * @param {Element} el
 * @param {string} svgText SVG markup (an uploaded icon, an avatar, a CMS asset…)
 * @param {import('./lib/options.js').InjectOptions} [options]
 * @returns {SVGSVGElement|null} the inlined <svg> element
 */
export function inject(el, svgText, options) {
  const o = normalizeOptions(options);
  const svg = mount(el, cleanSvg(svgText, o));
  if (svg) decorate(svg, o);
  return svg;
}

/**
 * Inlines every `<img data-svg-inline src="…">` / `<span data-svg-src="…">` below `root`.
 * @param {ParentNode} [root]
 * @param {import('./lib/options.js').InjectOptions} [options]
 */
export async function injectAll(root = document, options) {
  const targets = root.querySelectorAll('[data-svg-src], img[data-svg-inline]');
  await Promise.all(
    Array.from(targets, async (el) => {
      const src = el.getAttribute('data-svg-src') || el.getAttribute('src');
      const text = await loadSvg(src);
      const host = el.tagName === 'IMG' ? document.createElement('span') : el;
      inject(host, text, { title: el.getAttribute('alt') || undefined, ...options });
      if (host !== el) el.replaceWith(host);
    }),
  );
}

/**
 * Sets or replaces the accessible label of an inlined icon.
 * @param {Element} el the element that received the icon
 * @param {string} text
 */
export function setLabel(el, text) {
  const svg = el.querySelector('svg');
  if (!svg) return;
  let title = svg.querySelector('title');
  if (!title) {
    title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    svg.prepend(title);
  }
  title.textContent = text;
  svg.setAttribute('aria-label', text);
}

export { clear, cleanSvg, sanitizeSvg };
