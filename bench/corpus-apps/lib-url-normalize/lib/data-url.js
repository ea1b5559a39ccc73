const DATA_URL_DEFAULT_MIME_TYPE = 'text/plain';
const DATA_URL_DEFAULT_CHARSET = 'us-ascii';

/**
 * Normalizes a `data:` URL: lower-cases the MIME type and attribute names, drops the default
 * `charset=us-ascii` and the default MIME type, trims the data part, and optionally the hash.
 *
 *   normalizeDataUrl('data:TEXT/plain;charset=US-ASCII,hello') === 'data:,hello'
 */
export function normalizeDataUrl(urlString, { stripHash = false } = {}) {
  // vuln: CWE-1333
  const match = /^data:(?<type>.*?),(?<data>.*?)(?:#(?<hash>.*))?$/.exec(urlString);
  if (!match) {
    throw new Error(`Invalid URL: ${urlString.slice(0, 64)}`);
  }

  let { type, data, hash } = match.groups;
  const mediaType = type.split(';');
  hash = stripHash ? '' : hash;

  let isBase64 = false;
  if (mediaType[mediaType.length - 1] === 'base64') {
    mediaType.pop();
    isBase64 = true;
  }

  const mimeType = mediaType.shift()?.toLowerCase() ?? '';
  const attributes = mediaType
    .map((attribute) => {
      let [key, value = ''] = attribute.split('=').map((part) => part.trim());
      if (key === 'charset') {
        value = value.toLowerCase();
        if (value === DATA_URL_DEFAULT_CHARSET) {
          return '';
        }
      }
      return `${key}${value ? `=${value}` : ''}`;
    })
    .filter(Boolean);

  const normalizedMediaType = [...attributes];
  if (isBase64) {
    normalizedMediaType.push('base64');
  }
  if (normalizedMediaType.length > 0 || (mimeType && mimeType !== DATA_URL_DEFAULT_MIME_TYPE)) {
    normalizedMediaType.unshift(mimeType);
  }

  return `data:${normalizedMediaType.join(';')},${isBase64 ? data.trim() : data}${hash ? `#${hash}` : ''}`;
}

export function isDataUrl(urlString) {
  return urlString.slice(0, 5).toLowerCase() === 'data:';
}
