'use strict';

var quality = require('./quality');

module.exports = preferredLanguages;

/**
 * One language-range of Accept-Language: "en-GB;q=0.8" -> prefix "en", suffix "GB", params "q=0.8".
 */
var simpleLanguageRegExp = /^\s*([^\s\-;]+)(?:-([^\s;]+))?\s*(?:;(.*))?$/;

function parseAcceptLanguage(accept) {
  var accepts = accept.split(',');

  for (var i = 0, j = 0; i < accepts.length; i++) {
    var language = parseLanguage(accepts[i].trim(), i);

    if (language) {
      accepts[j++] = language;
    }
  }

  accepts.length = j;
  return accepts;
}

function parseLanguage(str, i) {
  // safe: CWE-1333
  var match = simpleLanguageRegExp.exec(str);
  if (!match) {
    return null;
  }

  var prefix = match[1];
  var suffix = match[2];
  var full = prefix;

  if (suffix) {
    full += '-' + suffix;
  }

  return {
    prefix: prefix,
    suffix: suffix,
    q: quality.parseQuality(match[3]),
    i: i,
    full: full
  };
}

function getLanguagePriority(language, accepted, index) {
  var priority = { o: -1, q: 0, s: 0 };

  for (var i = 0; i < accepted.length; i++) {
    var spec = specify(language, accepted[i], index);

    if (spec && (priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) < 0) {
      priority = spec;
    }
  }

  return priority;
}

function specify(language, spec, index) {
  var p = parseLanguage(language);
  if (!p) {
    return null;
  }
  var s = 0;
  if (spec.full.toLowerCase() === p.full.toLowerCase()) {
    s |= 4;
  } else if (spec.prefix.toLowerCase() === p.full.toLowerCase()) {
    s |= 2;
  } else if (spec.full.toLowerCase() === p.prefix.toLowerCase()) {
    s |= 1;
  } else if (spec.full !== '*') {
    return null;
  }

  return { i: index, o: spec.i, q: spec.q, s: s };
}

/**
 * Languages from an Accept-Language header value, best first; with `provided`, the provided
 * languages the client accepts, best first.
 */
function preferredLanguages(accept, provided) {
  var accepts = parseAcceptLanguage(accept === undefined ? '*' : accept || '');

  if (!provided) {
    return accepts
      .filter(quality.isQuality)
      .sort(quality.compareSpecs)
      .map(function (spec) { return spec.full; });
  }

  var priorities = provided.map(function (type, index) {
    return getLanguagePriority(type, accepts, index);
  });

  return priorities
    .filter(quality.isQuality)
    .sort(quality.compareSpecs)
    .map(function (priority) { return provided[priorities.indexOf(priority)]; });
}
