// Elements that can run script or load other documents.
const DANGEROUS_ELEMENTS = /<(script|foreignObject|iframe|object|embed)\b[\s\S]*?<\/\1\s*>/gi;
// Event handler attributes: onload="…", onclick="…"
const EVENT_HANDLERS = /\son[a-z]+\s*=\s*"[^"]*"/gi;
// href / xlink:href pointing at javascript:
const SCRIPT_URLS = /(\s(?:xlink:)?href\s*=\s*")\s*javascript:[^"]*"/gi;
const STYLE_ELEMENTS = /<style\b[\s\S]*?<\/style\s*>/gi;
const XML_PROLOG = /^\s*<\?xml[^>]*\?>/;
const DOCTYPE = /<!DOCTYPE[^>]*>/i;
const COMMENTS = /<!--[\s\S]*?-->/g;

/**
 * Removes scripts, event handlers and `javascript:` links from SVG markup.
 * @param {string} text
 * @param {{ keepStyles: boolean }} options
 * @returns {string} markup that starts at the `<svg` tag
 */
export function sanitizeSvg(text, options) {
  let out = String(text).replace(XML_PROLOG, '').replace(DOCTYPE, '').replace(COMMENTS, '');
  out = out.replace(DANGEROUS_ELEMENTS, '');
  out = out.replace(EVENT_HANDLERS, '');
  out = out.replace(SCRIPT_URLS, '$1#"');
  if (!options || !options.keepStyles) out = out.replace(STYLE_ELEMENTS, '');
  const start = out.indexOf('<svg');
  if (start === -1) throw new Error('Not an SVG document');
  return out.slice(start).trim();
}
