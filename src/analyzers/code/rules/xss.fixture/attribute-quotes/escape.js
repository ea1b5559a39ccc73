// The project's own escapers: one leaves `"` as it is, one does not.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Enough for element content only: the class never selects a quote (the map has one it never uses).
function escapeHtml(value) {
  return String(value).replace(/[&<>]/g, (ch) => ENTITIES[ch]);
}

function escapeAttr(value) {
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

module.exports = { escapeHtml, escapeAttr };
