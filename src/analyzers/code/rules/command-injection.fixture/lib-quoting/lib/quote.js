'use strict';

// The package's own shell quoting: every metacharacter of an argument is backslash-escaped.
module.exports = function quote(args) {
  return args.map((s) => String(s).replace(/([^A-Za-z0-9_\/:=@.,+-])/g, '\\$1')).join(' ');
};
