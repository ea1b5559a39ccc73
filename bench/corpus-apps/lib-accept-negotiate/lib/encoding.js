'use strict';

var quality = require('./quality');

module.exports = preferredEncodings;

var simpleEncodingRegExp = /^\s*([^\s;]+)\s*(?:;(.*))?$/;

function parseAcceptEncoding(accept) {
  var accepts = accept.split(',');
  var hasIdentity = false;
  var minQuality = 1;

  for (var i = 0, j = 0; i < accepts.length; i++) {
    var encoding = parseEncoding(accepts[i].trim(), i);
    if (encoding) {
      accepts[j++] = encoding;
      hasIdentity = hasIdentity || encoding.encoding === 'identity';
      minQuality = Math.min(minQuality, encoding.q || 1);
    }
  }

  if (!hasIdentity) {
    // identity is always acceptable unless refused explicitly (RFC 7231 5.3.4)
    accepts[j++] = { encoding: 'identity', q: minQuality, i: i };
  }

  accepts.length = j;
  return accepts;
}

function parseEncoding(str, i) {
  // safe: CWE-1333
  var match = simpleEncodingRegExp.exec(str);
  if (!match) {
    return null;
  }
  return { encoding: match[1], q: quality.parseQuality(match[2]), i: i };
}

function preferredEncodings(accept, provided) {
  var accepts = parseAcceptEncoding(accept || '');

  if (!provided) {
    return accepts
      .filter(quality.isQuality)
      .sort(quality.compareSpecs)
      .map(function (spec) { return spec.encoding; });
  }

  var priorities = provided.map(function (type, index) {
    var priority = { o: -1, q: 0, s: 0 };
    for (var k = 0; k < accepts.length; k++) {
      var spec = accepts[k];
      var s = 0;
      if (spec.encoding.toLowerCase() === type.toLowerCase()) {
        s |= 1;
      } else if (spec.encoding !== '*') {
        continue;
      }
      if ((priority.s - s || priority.q - spec.q || priority.o - spec.i) < 0) {
        priority = { i: index, o: spec.i, q: spec.q, s: s };
      }
    }
    return priority;
  });

  return priorities
    .filter(quality.isQuality)
    .sort(quality.compareSpecs)
    .map(function (priority) { return provided[priorities.indexOf(priority)]; });
}
