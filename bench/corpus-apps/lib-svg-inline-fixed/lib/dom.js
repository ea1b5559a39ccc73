/**
 * Empties an element that received an icon.
 * @param {Element} el
 */
export function clear(el) {
  el.innerHTML = '';
}

/**
 * Moves a cleaned <svg> element into `el`.
 * @param {Element} el
 * @param {SVGSVGElement} svg from `cleanSvg()`
 * @returns {SVGSVGElement|null}
 */
export function mount(el, svg) {
  // safe: CWE-79
  el.replaceChildren(document.importNode(svg, true));
  return el.querySelector('svg');
}

/**
 * Applies the options to an inlined <svg>.
 * @param {SVGSVGElement} svg
 * @param {ReturnType<typeof import('./options.js').normalizeOptions>} o
 */
export function decorate(svg, o) {
  if (o.removeSize) {
    svg.removeAttribute('width');
    svg.removeAttribute('height');
  }
  if (o.classes.length) svg.classList.add(...o.classes);
  svg.setAttribute('focusable', 'false');
  if (o.title !== undefined) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = o.title;
    svg.prepend(title);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', o.title);
  } else {
    svg.setAttribute('aria-hidden', 'true');
  }
}
