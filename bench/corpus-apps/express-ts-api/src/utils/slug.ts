export function isValidSlug(slug: string): boolean {
  // vuln: CWE-1333
  return /^([a-z0-9]+-?)+$/.test(slug);
}

export function isValidSlugStrict(slug: string): boolean {
  // safe: CWE-1333
  return slug.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

export function toSlug(title: string): string {
  return title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 64);
}
