'use strict';

function clamp(value, min, max) {
  return Math.min(Math.max(value, min), max);
}

/** Parses an alpha component ("0.5", "50%", undefined → 1). */
function alpha(raw, percent) {
  if (raw === undefined || raw === '') return 1;
  const n = parseFloat(raw);
  if (Number.isNaN(n)) return 1;
  return clamp(percent ? n / 100 : n, 0, 1);
}

/** Converts a hue with an optional CSS angle unit to degrees in [0, 360). */
function hue(raw, unit) {
  let deg = parseFloat(raw);
  switch ((unit || 'deg').toLowerCase()) {
    case 'rad':
      deg = (deg * 180) / Math.PI;
      break;
    case 'grad':
      deg = deg * 0.9;
      break;
    case 'turn':
      deg = deg * 360;
      break;
    default:
      break;
  }
  return ((deg % 360) + 360) % 360;
}

module.exports = { clamp, alpha, hue };
