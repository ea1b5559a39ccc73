'use strict';

var compiled = new Map();

/**
 * Turn a configured origin such as `https://*.example.com` into a RegExp; `*` stands for
 * any subdomain label.
 */
function compilePattern(pattern) {
  var re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern.replace(/\*/g, '.*'), 'i');
    compiled.set(pattern, re);
  }
  return re;
}

function isString(s) {
  return typeof s === 'string' || s instanceof String;
}

/**
 * Whether `origin` (the request's Origin header) is allowed by `allowed`:
 * a string (exact, or with `*` wildcards), a RegExp, or an array of those.
 */
function isOriginAllowed(origin, allowed) {
  if (Array.isArray(allowed)) {
    for (var i = 0; i < allowed.length; i++) {
      if (isOriginAllowed(origin, allowed[i])) {
        return true;
      }
    }
    return false;
  } else if (isString(allowed)) {
    if (allowed.indexOf('*') === -1) {
      return origin.toLowerCase() === String(allowed).toLowerCase();
    }
    return compilePattern(String(allowed)).test(origin);
  } else if (allowed instanceof RegExp) {
    allowed.lastIndex = 0;
    return allowed.test(origin);
  }
  return false;
}

/**
 * Resolve the `origin` option for one request: cb(err, allowed).
 */
function resolveOrigin(option, requestOrigin, req, cb) {
  if (typeof option === 'function') {
    return option(requestOrigin, function (err, allowed) {
      cb(err, Boolean(allowed));
    }, req);
  }
  if (!requestOrigin) {
    return cb(null, false);
  }
  cb(null, isOriginAllowed(requestOrigin, option));
}

module.exports = {
  compilePattern: compilePattern,
  isOriginAllowed: isOriginAllowed,
  resolveOrigin: resolveOrigin
};
