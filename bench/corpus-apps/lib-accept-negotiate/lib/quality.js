'use strict';

/**
 * Shared helpers: read `q=` out of a `;`-separated parameter string and order the results.
 */

exports.parseQuality = function parseQuality(params) {
  if (!params) {
    return 1;
  }
  var list = params.split(';');
  for (var i = 0; i < list.length; i++) {
    var kv = list[i].trim().split('=');
    if (kv[0] === 'q') {
      var q = parseFloat(kv[1]);
      return isNaN(q) ? 0 : Math.min(Math.max(q, 0), 1);
    }
  }
  return 1;
};

exports.compareSpecs = function compareSpecs(a, b) {
  return (b.q - a.q) || (b.s - a.s) || (a.o - b.o) || (a.i - b.i) || 0;
};

exports.isQuality = function isQuality(spec) {
  return spec.q > 0;
};
