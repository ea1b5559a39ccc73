'use strict';

// Characters cmd.exe gives a meaning to; each is prefixed with `^`.
// See http://www.robvanderwoude.com/escapechars.php
const metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;

function escapeCommand(command) {
    return String(command).replace(metaCharsRegExp, '^$1');
}

/**
 * Wraps `arg` in double quotes so that a program using the Microsoft C runtime rules reads it
 * back verbatim: backslashes are only special before a double quote. Algorithm from
 * https://qntm.org/cmd, written as one pass over the string (no regular expression), so it runs
 * in linear time whatever the number of backslashes.
 */
function quoteForMsvcrt(arg) {
    let quoted = '"';
    let backslashes = 0;

    for (const char of arg) {
        if (char === '\\') {
            backslashes += 1;
            continue;
        }

        if (char === '"') {
            // Sequence of backslashes followed by a double quote:
            // double up all the backslashes and escape the double quote
            quoted += '\\'.repeat(backslashes * 2) + '\\"';
        } else {
            // All other backslashes occur literally
            quoted += '\\'.repeat(backslashes) + char;
        }

        backslashes = 0;
    }

    // Sequence of backslashes followed by the end of the string
    // (which will become a double quote): double up all the backslashes
    return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
}

/**
 * Quotes one argument for the Microsoft C runtime, then escapes it for cmd.exe.
 *
 * @param {string} arg
 * @param {boolean} [doubleEscapeMetaChars] the target is a `.cmd` / `.bat` shim that re-parses its arguments
 */
function escapeArgument(arg, doubleEscapeMetaChars) {
    arg = `${arg}`;

    // Quote the whole thing (backslashes doubled where the runtime would eat them)
    // safe: CWE-1333
    arg = quoteForMsvcrt(arg);

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
