// Tag names: letters/digits, single separators allowed ("read-later", "q3_planning").
const TAG_NAME = /^([a-z0-9]+[-_]?)*[a-z0-9]$/i;

export function isValidTagName(name: string): boolean {
  // vuln: CWE-1333
  return TAG_NAME.test(name);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  // safe: CWE-1333
  return slug.length <= 64 && SLUG.test(slug);
}

export function parseTagList(raw: string): string[] {
  return raw
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length > 0 && t.length <= 32 && isValidSlug(t))
    .slice(0, 10);
}
