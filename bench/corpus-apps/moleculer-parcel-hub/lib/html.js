"use strict";

const MAP = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" };

function escapeHtml(value) {
	return String(value == null ? "" : value).replace(/[&<>"']/g, ch => MAP[ch]);
}

module.exports = { escapeHtml };
