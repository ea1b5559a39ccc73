'use strict';

const fs = require('fs');
const path = require('path');
const isexe = require('isexe');

function pathKey(env) {
    if (process.platform !== 'win32') {
        return 'PATH';
    }
    return Object.keys(env).reverse().find((key) => key.toUpperCase() === 'PATH') || 'Path';
}

function candidates(command, env) {
    const exts = process.platform === 'win32'
        ? (env.PATHEXT || '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)
        : [''];
    const withExt = (base) => [base].concat(exts.map((ext) => base + ext.toLowerCase()), exts.map((ext) => base + ext));

    if (/[\\/]/.test(command)) {
        return withExt(path.resolve(command));
    }
    const dirs = (env[pathKey(env)] || '').split(path.delimiter).filter(Boolean);
    if (process.platform === 'win32') {
        dirs.unshift(process.cwd());
    }
    return dirs.reduce((all, dir) => all.concat(withExt(path.join(dir, command))), []);
}

/** Finds the file `parsed.command` would run, honouring `options.cwd` and `options.env`. */
function resolveCommand(parsed) {
    const env = parsed.options.env || process.env;
    const cwd = process.cwd();
    const hasCustomCwd = parsed.options.cwd != null && parsed.options.cwd !== cwd;

    if (hasCustomCwd) {
        try {
            process.chdir(parsed.options.cwd);
        } catch (err) {
            /* Empty */
        }
    }

    let resolved;
    try {
        resolved = candidates(parsed.command, env).find((file) => {
            try {
                return fs.statSync(file).isFile() && isexe.sync(file, { pathExt: env.PATHEXT });
            } catch (err) {
                return false;
            }
        });
    } finally {
        if (hasCustomCwd) {
            process.chdir(cwd);
        }
    }

    return resolved ? path.resolve(hasCustomCwd ? parsed.options.cwd : '', resolved) : undefined;
}

module.exports = resolveCommand;
