const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

// Presentation elements an icon needs; everything else (script, foreignObject, animate, set,
// iframe, use of external documents…) is removed with its subtree.
const ALLOWED_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line',
  'polyline', 'polygon', 'text', 'tspan', 'linearGradient', 'radialGradient', 'stop', 'clipPath',
  'mask', 'pattern', 'style',
]);

const ALLOWED_ATTRIBUTES = new Set([
  'id', 'class', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx',
  'ry', 'd', 'points', 'fill', 'fill-rule', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-linecap',
  'stroke-linejoin', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'transform', 'offset',
  'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'clip-path', 'clip-rule', 'mask',
  'preserveAspectRatio', 'xmlns', 'version', 'href', 'xlink:href', 'font-size', 'font-family',
  'text-anchor', 'dominant-baseline',
]);

function cleanElement(el, options) {
  for (const child of Array.from(el.children)) {
    const keep = ALLOWED_ELEMENTS.has(child.localName) && child.namespaceURI === SVG_NS &&
      (child.localName !== 'style' || options.keepStyles);
    if (keep) cleanElement(child, options);
    else child.remove();
  }
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name;
    const isLink = name === 'href' || (attr.namespaceURI === XLINK_NS && attr.localName === 'href');
    // links may only point inside the document (`#icon-id`)
    if (!ALLOWED_ATTRIBUTES.has(name) || (isLink && !attr.value.trim().startsWith('#'))) {
      el.removeAttributeNode(attr);
    }
  }
}

/**
 * Parses SVG markup into an inert document and keeps only allow-listed elements and attributes.
 * @param {string} text
 * @param {{ keepStyles: boolean }} options
 * @returns {SVGSVGElement} the cleaned root element (not yet in the page)
 */
export function cleanSvg(text, options = { keepStyles: false }) {
  const doc = new DOMParser().parseFromString(String(text), 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS || doc.querySelector('parsererror')) {
    throw new Error('Not an SVG document');
  }
  cleanElement(root, options);
  return root;
}

/**
 * Sanitised SVG markup, for callers that need a string.
 * @param {string} text
 * @param {{ keepStyles: boolean }} options
 * @returns {string}
 */
export function sanitizeSvg(text, options) {
  return new XMLSerializer().serializeToString(cleanSvg(text, options));
}
