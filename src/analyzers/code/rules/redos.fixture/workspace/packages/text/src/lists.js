// Imported by its workspace name from another package of the monorepo.
const KEYWORDS = /^([a-z]+\s?)*$/i;

export function keywordsOk(text) {
  // ruleid: js/redos
  return KEYWORDS.test(text);
}

export function defaultKeywordsOk(text) {
  // Only ever called with the app's own constant.
  // ok: js/redos
  return KEYWORDS.test(text);
}
