'use strict';
// Text formatting for the logger in index.js.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Control characters (CR and LF among them) written as escapes. */
function escapeControl(text) {
  return String(text).replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatValue(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return escapeControl(value);
}

function levelLabel(level) {
  return level >= 50 ? 'ERROR' : level >= 40 ? 'WARN' : `L${level}`;
}

module.exports = { escapeControl, formatValue, levelLabel };
