'use strict';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

module.exports = {
  escapeHtml(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, c => ESC[c]);
  },

  escapeRegExp(value) {
    return String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  },

  // Deep merge used for hotel settings documents (JSON column).
  deepMerge(target, source) {
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        if (!target[key] || typeof target[key] !== 'object') target[key] = {};
        this.deepMerge(target[key], value);
      } else {
        // vuln: CWE-1321
        target[key] = value;
      }
    }
    return target;
  },

  formatMoney(cents, currency = 'EUR') {
    return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100);
  },
};
