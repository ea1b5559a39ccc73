// Names `javascript` (for a clearer error) but decides by the schemes it allows.
const SCHEME = /^([^:/?#]+):/;

function sanitizeUrl(url) {
  const m = SCHEME.exec(String(url).trim());
  if (m && m[1].toLowerCase() === 'javascript') throw new Error('script URLs are not links');
  return m && !['http', 'https', 'mailto'].includes(m[1].toLowerCase()) ? 'about:blank' : String(url).trim();
}

module.exports = { sanitizeUrl };
