'use strict';

var quality = require('./quality');

module.exports = preferredMediaTypes;

var simpleMediaTypeRegExp = /^\s*([^\s\/;]+)\/([^;\s]+)\s*(?:;(.*))?$/;

function parseAccept(accept) {
  var accepts = splitMediaTypes(accept);

  for (var i = 0, j = 0; i < accepts.length; i++) {
    var mediaType = parseMediaType(accepts[i].trim(), i);
    if (mediaType) {
      accepts[j++] = mediaType;
    }
  }

  accepts.length = j;
  return accepts;
}

function parseMediaType(str, i) {
  // safe: CWE-1333
  var match = simpleMediaTypeRegExp.exec(str);
  if (!match) {
    return null;
  }

  var params = Object.create(null);
  var q = 1;
  if (match[3]) {
    var kvps = match[3].split(';');
    for (var k = 0; k < kvps.length; k++) {
      var pair = kvps[k].trim();
      var eq = pair.indexOf('=');
      if (eq === -1) {
        continue;
      }
      var key = pair.slice(0, eq).trim().toLowerCase();
      var val = pair.slice(eq + 1).trim();
      if (val.length > 1 && val[0] === '"' && val[val.length - 1] === '"') {
        val = val.slice(1, -1);
      }
      if (key === 'q') {
        q = parseFloat(val);
        break;
      }
      params[key] = val;
    }
  }

  return { type: match[1], subtype: match[2], params: params, q: isNaN(q) ? 0 : q, i: i };
}

/** Split on commas outside quoted parameter values. */
function splitMediaTypes(accept) {
  var parts = [];
  var start = 0;
  var quoted = false;
  for (var i = 0; i < accept.length; i++) {
    var ch = accept.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      quoted = !quoted;
    } else if (ch === 0x2c /* , */ && !quoted) {
      parts.push(accept.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(accept.slice(start));
  return parts;
}

function specify(type, spec, index) {
  var p = parseMediaType(type);
  if (!p) {
    return null;
  }
  var s = 0;
  if (spec.type.toLowerCase() === p.type.toLowerCase()) {
    s |= 4;
  } else if (spec.type !== '*') {
    return null;
  }
  if (spec.subtype.toLowerCase() === p.subtype.toLowerCase()) {
    s |= 2;
  } else if (spec.subtype !== '*') {
    return null;
  }
  var keys = Object.keys(spec.params);
  if (keys.length > 0) {
    var all = keys.every(function (k) {
      return spec.params[k] === '*' || String(spec.params[k]).toLowerCase() === String(p.params[k] || '').toLowerCase();
    });
    if (!all) {
      return null;
    }
    s |= 1;
  }
  return { i: index, o: spec.i, q: spec.q, s: s };
}

function preferredMediaTypes(accept, provided) {
  var accepts = parseAccept(accept === undefined ? '*/*' : accept || '');

  if (!provided) {
    return accepts
      .filter(quality.isQuality)
      .sort(quality.compareSpecs)
      .map(function (spec) { return spec.type + '/' + spec.subtype; });
  }

  var priorities = provided.map(function (type, index) {
    var priority = { o: -1, q: 0, s: 0 };
    for (var k = 0; k < accepts.length; k++) {
      var spec = specify(type, accepts[k], index);
      if (spec && (priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) < 0) {
        priority = spec;
      }
    }
    return priority;
  });

  return priorities
    .filter(quality.isQuality)
    .sort(quality.compareSpecs)
    .map(function (priority) { return provided[priorities.indexOf(priority)]; });
}
