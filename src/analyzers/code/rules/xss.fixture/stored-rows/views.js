const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);
export const layout = (title, body) => `<!doctype html><title>${escapeHtml(title)}</title><body>${body}</body>`;
export const titles = (rows) => rows.map((r) => `<li>${r.title}</li>`).join('');
export const safeTitles = (rows) => rows.map((r) => `<li>${escapeHtml(r.title)}</li>`).join('');
export const counters = (rows) => rows.map((r) => `<li data-id="${r.id}">${r.play_count}</li>`).join('');
