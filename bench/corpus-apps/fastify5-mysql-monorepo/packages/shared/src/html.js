const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => MAP[c]);
}

/** Tagged template that escapes every interpolation; use `raw()` for trusted fragments. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    const piece = v && v.__raw ? v.value : Array.isArray(v) ? v.map((x) => (x && x.__raw ? x.value : escapeHtml(x))).join('') : escapeHtml(v);
    out += piece + strings[i + 1];
  });
  return out;
}

export const raw = (value) => ({ __raw: true, value: String(value) });
