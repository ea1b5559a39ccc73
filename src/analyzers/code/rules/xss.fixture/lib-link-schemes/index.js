const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const DEFAULT_SCHEMES = ['http:', 'https:'];

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function anchor(href) {
  return `<a href="${escapeHtml(href)}" rel="noopener">`;
}

/** The URL, normalised, when its scheme is allowed; the allow-list is the caller's or http(s). */
function allowedUrl(url, options) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const schemes = options.schemes ?? DEFAULT_SCHEMES;
  return schemes.includes(parsed.protocol) ? parsed.href : null;
}

/** Links checked through the URL API before the markup helper writes them. */
export class LinkList {
  constructor(container, options = {}) {
    this.container = container;
    this.options = options;
  }

  add(url, label) {
    const href = allowedUrl(url, this.options);
    if (href === null) return;
    const html = `${anchor(href)}${escapeHtml(label)}</a>`;
    // ok: js/xss
    this.container.insertAdjacentHTML('beforeend', html);
  }

  /** Only escaped: a `javascript:` link survives HTML escaping. */
  addUnchecked(url, label) {
    const html = `${anchor(url)}${escapeHtml(label)}</a>`;
    // ruleid: js/xss
    this.container.insertAdjacentHTML('beforeend', html);
  }
}
