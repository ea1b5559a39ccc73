'use strict';
// Path filters of another module: what each leaves of a `..` segment is read from its regex.

// One pass over `../`: `....//x` comes out as `../x`.
function stripParents(p) {
  return String(p).replace(/\.\.\//g, '').replace(/^\/+/, '');
}

// Every run of dots cut down: no `..` is left in any segment.
function dropDots(p) {
  return String(p).replace(/\.\.+/g, '').replace(/^\/+/, '');
}

module.exports = { stripParents, dropDots };
