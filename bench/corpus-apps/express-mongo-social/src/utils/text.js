export function escapeRegExp(value) {
  return String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function escapeHtml(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function extractHashtags(text) {
  return [...new Set((String(text).match(/#[\p{L}\p{N}_]{1,40}/gu) || []).map((t) => t.slice(1).toLowerCase()))];
}
