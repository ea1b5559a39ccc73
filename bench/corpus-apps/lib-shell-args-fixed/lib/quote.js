'use strict';

/**
 * Quote an array of arguments into a string that a POSIX shell splits back into the same
 * arguments. Objects of the form `{ op: '&&' }` (as returned by `parse`) are emitted as
 * escaped operators.
 */
module.exports = function quote(xs) {
    return xs.map(function (s) {
        if (s && typeof s === 'object') {
            return s.op.replace(/(.)/g, '\\$1');
        } else if ((/["\s]/).test(s) && !(/'/).test(s)) {
            return "'" + s.replace(/(['\\])/g, '\\$1') + "'";
        } else if ((/["'\s]/).test(s)) {
            return '"' + s.replace(/(["\\$`!])/g, '\\$1') + '"';
        }
        // keep Windows drive prefixes such as `C:` readable
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}])/g, '$1\\$2');
    }).join(' ');
};
