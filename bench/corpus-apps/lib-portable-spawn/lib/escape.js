'use strict';

// Characters cmd.exe gives a meaning to; each is prefixed with `^`.
// See http://www.robvanderwoude.com/escapechars.php
const metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;

function escapeCommand(command) {
    return String(command).replace(metaCharsRegExp, '^$1');
}

/**
 * Quotes one argument so that a program using the Microsoft C runtime rules reads it back
 * verbatim, then escapes it for cmd.exe. Backslashes are only special before a double quote.
 * Algorithm from https://qntm.org/cmd.
 *
 * @param {string} arg
 * @param {boolean} [doubleEscapeMetaChars] the target is a `.cmd` / `.bat` shim that re-parses its arguments
 */
function escapeArgument(arg, doubleEscapeMetaChars) {
    arg = `${arg}`;

    // Sequence of backslashes followed by a double quote:
    // double up all the backslashes and escape the double quote
    // vuln: CWE-1333
    arg = arg.replace(/(\\*)"/g, '$1$1\\"');

    // Sequence of backslashes followed by the end of the string
    // (which will become a double quote later): double up all the backslashes
    // vuln: CWE-1333
    arg = arg.replace(/(\\*)$/, '$1$1');

    // All other backslashes occur literally

    // Quote the whole thing
    arg = `"${arg}"`;

    // Escape meta chars
    arg = arg.replace(metaCharsRegExp, '^$1');

    // Double escape meta chars if necessary
    if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, '^$1');
    }

    return arg;
}

module.exports.command = escapeCommand;
module.exports.argument = escapeArgument;
