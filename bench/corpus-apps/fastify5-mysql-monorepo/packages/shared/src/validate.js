const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

// "true crime, history,  interviews" → ['true crime', 'history', 'interviews']
const TAG_LIST = /^(\s*[\w ]+\s*,?)*$/;

export function isSlug(value) {
  // safe: CWE-1333
  return typeof value === 'string' && SLUG.test(value);
}

export function parseTags(input) {
  const text = String(input ?? '');
  // vuln: CWE-1333
  if (!TAG_LIST.test(text)) {
    throw Object.assign(new Error('Tags may only contain letters, digits and spaces, separated by commas'), { statusCode: 400 });
  }
  return text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)
    .slice(0, 12);
}

export function clampBitrate(value) {
  const n = Number.parseInt(value, 10);
  return [64, 96, 128, 192].includes(n) ? n : 128;
}
