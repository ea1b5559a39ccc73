'use strict';

var quality = require('./quality');

module.exports = preferredCharsets;

var simpleCharsetRegExp = /^\s*([^\s;]+)\s*(?:;(.*))?$/;

function parseAcceptCharset(accept) {
  var accepts = accept.split(',');

  for (var i = 0, j = 0; i < accepts.length; i++) {
    var charset = parseCharset(accepts[i].trim(), i);
    if (charset) {
      accepts[j++] = charset;
    }
  }

  accepts.length = j;
  return accepts;
}

function parseCharset(str, i) {
  // safe: CWE-1333
  var match = simpleCharsetRegExp.exec(str);
  if (!match) {
    return null;
  }
  return { charset: match[1], q: quality.parseQuality(match[2]), i: i };
}

function getCharsetPriority(charset, accepted, index) {
  var priority = { o: -1, q: 0, s: 0 };
  for (var i = 0; i < accepted.length; i++) {
    var spec = accepted[i];
    var s = 0;
    if (spec.charset.toLowerCase() === charset.toLowerCase()) {
      s |= 1;
    } else if (spec.charset !== '*') {
      continue;
    }
    if ((priority.s - s || priority.q - spec.q || priority.o - spec.i) < 0) {
      priority = { i: index, o: spec.i, q: spec.q, s: s };
    }
  }
  return priority;
}

function preferredCharsets(accept, provided) {
  var accepts = parseAcceptCharset(accept === undefined ? '*' : accept || '');

  if (!provided) {
    return accepts
      .filter(quality.isQuality)
      .sort(quality.compareSpecs)
      .map(function (spec) { return spec.charset; });
  }

  var priorities = provided.map(function (type, index) {
    return getCharsetPriority(type, accepts, index);
  });

  return priorities
    .filter(quality.isQuality)
    .sort(quality.compareSpecs)
    .map(function (priority) { return provided[priorities.indexOf(priority)]; });
}
