/**
 * Normalises a tag as people write it: surrounding blanks removed, a leading `v` / `=`
 * dropped (`" v1.2.3\n"` → `"1.2.3"`).
 * @param {unknown} input
 * @returns {string}
 */
export function cleanTag(input) {
  const text = String(input == null ? '' : input);
  // safe: CWE-1333
  const trimmed = text.trim();
  return trimmed.replace(/^[=v]+/i, '');
}
