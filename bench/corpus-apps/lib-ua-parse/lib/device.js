'use strict';

const MOBILE = /\bMobi(?:le)?\b|\biPhone\b|\bAndroid\b.*\bMobile\b/;
const TABLET = /\biPad\b|\bTablet\b|\bAndroid\b(?!.*\bMobile\b)/;
const APPLE = /\b(iPhone|iPad|iPod)\b/;
// "Mozilla/5.0 (Linux; Android 13; Pixel 7 Pro Build/TQ3A.230805.001; wv)": the model sits
// between the last ";" and " Build/"
const ANDROID_MODEL = /;\s*([^;]+?)\s+Build\//;
const ANDROID_MODEL_NO_BUILD = /\bAndroid [\d.]+; ([^;)]+)\)/;

/**
 * Device type, vendor and model.
 * @param {string} ua
 * @returns {{ type: 'mobile'|'tablet'|'desktop', vendor?: string, model?: string }}
 */
function device(ua) {
  const type = TABLET.test(ua) ? 'tablet' : MOBILE.test(ua) ? 'mobile' : 'desktop';
  const apple = APPLE.exec(ua);
  if (apple) return { type, vendor: 'Apple', model: apple[1] };
  if (ua.includes('Android')) {
    // vuln: CWE-1333
    const m = ANDROID_MODEL.exec(ua) || ANDROID_MODEL_NO_BUILD.exec(ua);
    if (m) return { type, model: m[1].trim() };
  }
  return { type };
}

module.exports = { device };
