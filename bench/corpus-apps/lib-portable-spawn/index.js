'use strict';

const childProcess = require('child_process');
const { parse } = require('./lib/parse');
const enoent = require('./lib/enoent');
const escape = require('./lib/escape');

/**
 * Drop-in replacement for `child_process.spawn(command, args, options)`.
 * On Windows, commands that are not `.exe` / `.com` files (npm, npx, yarn, any `.cmd` shim or
 * script with a shebang) are run through `cmd.exe` with every argument quoted for it.
 */
function spawn(command, args, options) {
    const parsed = parse(command, args, options);
    const child = childProcess.spawn(parsed.command, parsed.args, parsed.options);

    enoent.hookChildProcess(child, parsed);

    return child;
}

function spawnSync(command, args, options) {
    const parsed = parse(command, args, options);
    const result = childProcess.spawnSync(parsed.command, parsed.args, parsed.options);

    result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);

    return result;
}

module.exports = spawn;
module.exports.spawn = spawn;
module.exports.sync = spawnSync;
module.exports.quoteCommand = escape.command;
module.exports.quoteArgument = escape.argument;
module.exports._parse = parse;
module.exports._enoent = enoent;
