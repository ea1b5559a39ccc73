'use strict';

var childProcess = require('child_process');
var quote = require('./quote');

var DEFAULTS = {
    cwd: undefined,
    env: undefined,
    timeout: 0,
    maxBuffer: 10 * 1024 * 1024,
    encoding: 'utf8'
};

function toArgs(args) {
    if (args == null) {
        return [];
    }
    if (!Array.isArray(args)) {
        throw new TypeError('args must be an array');
    }
    return args.map(function (a) {
        return typeof a === 'object' && a !== null ? a : String(a);
    });
}

function settle(promise, cb) {
    if (typeof cb === 'function') {
        promise.then(function (res) { cb(null, res.stdout, res.stderr); }, cb);
    }
    return promise;
}

/**
 * Run `command` with `args` through the system shell, so that callers can use shell
 * features (globs, `{ op: '|' }` pipes) while plain arguments stay quoted.
 *
 *   run('grep', ['-rn', pattern, 'src/'], { cwd })
 */
exports.run = function run(command, args, options, cb) {
    if (typeof options === 'function') {
        cb = options;
        options = {};
    }
    var opts = Object.assign({}, DEFAULTS, options);
    var line = quote([String(command)].concat(toArgs(args)));
    var promise = new Promise(function (resolve, reject) {
        // safe: CWE-78
        childProcess.exec(line, opts, function (err, stdout, stderr) {
            if (err) {
                err.stdout = stdout;
                err.stderr = stderr;
                err.commandLine = line;
                return reject(err);
            }
            resolve({ stdout: stdout, stderr: stderr, commandLine: line });
        });
    });
    return settle(promise, cb);
};

/**
 * Run `command` directly, without a shell. Operator objects are not allowed here.
 */
exports.runFile = function runFile(command, args, options, cb) {
    if (typeof options === 'function') {
        cb = options;
        options = {};
    }
    var opts = Object.assign({}, DEFAULTS, options);
    var argv = toArgs(args).map(function (a) {
        if (typeof a === 'object') {
            throw new TypeError('runFile() does not accept shell operators');
        }
        return a;
    });
    var promise = new Promise(function (resolve, reject) {
        childProcess.execFile(String(command), argv, opts, function (err, stdout, stderr) {
            if (err) {
                err.stdout = stdout;
                err.stderr = stderr;
                return reject(err);
            }
            resolve({ stdout: stdout, stderr: stderr });
        });
    });
    return settle(promise, cb);
};
