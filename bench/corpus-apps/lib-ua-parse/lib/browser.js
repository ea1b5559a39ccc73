'use strict';

const { firstMatch } = require('./input');

// order matters: Edge and Opera also claim to be Chrome, Chrome claims to be Safari
const BROWSERS = [
  [/\bEdg(?:e|A|iOS)?\/([\d.]+)/, 'Edge'],
  [/\bOPR\/([\d.]+)/, 'Opera'],
  [/\bSamsungBrowser\/([\d.]+)/, 'Samsung Internet'],
  [/\bFirefox\/([\d.]+)/, 'Firefox'],
  [/\bFxiOS\/([\d.]+)/, 'Firefox'],
  [/\bCriOS\/([\d.]+)/, 'Chrome'],
  [/\bChrome\/([\d.]+)/, 'Chrome'],
  [/\bVersion\/([\d.]+).*\bSafari\//, 'Safari'],
  [/\bMSIE ([\d.]+)/, 'Internet Explorer'],
  [/\bTrident\/.*\brv:([\d.]+)/, 'Internet Explorer'],
];

const ENGINES = [
  [/\bAppleWebKit\/([\d.]+)/, 'WebKit'],
  [/\bGecko\/(\d+)/, 'Gecko'],
  [/\bTrident\/([\d.]+)/, 'Trident'],
];

/** @param {string} ua */
function browser(ua) {
  const b = firstMatch(ua, BROWSERS);
  if (b.name === 'Chrome' || b.name === 'Edge' || b.name === 'Opera') b.major = b.version && b.version.split('.')[0];
  return b;
}

/** @param {string} ua */
function engine(ua) {
  const e = firstMatch(ua, ENGINES);
  if (e.name === 'WebKit' && /\bChrome\/\d/.test(ua)) e.name = 'Blink';
  return e;
}

module.exports = { browser, engine };
