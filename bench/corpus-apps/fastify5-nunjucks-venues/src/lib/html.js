const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

export const escapeRegExp = (v) => String(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function localPath(target, fallback = '/') {
  const t = String(target ?? '');
  return t.startsWith('/') && !t.startsWith('//') && !t.startsWith('/\\') ? t : fallback;
}
