/** Image references: is the tag missing or `latest` (so the build is not reproducible)? */
export function floatingTag(image: string): 'latest' | 'untagged' | undefined {
  const ref = image.trim();
  if (!ref || ref.includes('@') || /[$]|\{\{/.test(ref) || ref.toLowerCase() === 'scratch') return undefined;
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  if (colon < 0) return 'untagged';
  return last.slice(colon + 1).toLowerCase() === 'latest' ? 'latest' : undefined;
}
