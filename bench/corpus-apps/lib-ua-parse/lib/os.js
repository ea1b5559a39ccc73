'use strict';

const { firstMatch } = require('./input');

const SYSTEMS = [
  [/\bWindows NT ([\d.]+)/, 'Windows'],
  [/\b(?:iPhone|CPU) OS ([\d_]+)/, 'iOS'],
  [/\biPad.*? OS ([\d_]+)/, 'iPadOS'],
  [/\bMac OS X ([\d_.]+)/, 'macOS'],
  [/\bAndroid ([\d.]+)/, 'Android'],
  [/\bCrOS \S+ ([\d.]+)/, 'Chrome OS'],
  [/\bLinux\b/, 'Linux'],
];

const WINDOWS_NAMES = { '10.0': '10', '6.3': '8.1', '6.2': '8', '6.1': '7', '6.0': 'Vista', '5.1': 'XP' };

/** @param {string} ua */
function os(ua) {
  const o = firstMatch(ua, SYSTEMS);
  if (o.name === 'Windows' && Object.prototype.hasOwnProperty.call(WINDOWS_NAMES, o.version)) {
    o.release = WINDOWS_NAMES[o.version];
  }
  return o;
}

module.exports = { os };
