'use strict';

const fs = require('fs');

const shebangRegExp = /^#!(.*)/;

/** Returns the interpreter of a script with a `#!` line (`/usr/bin/env node` → `node`). */
function readShebang(command) {
    const size = 150;
    const buffer = Buffer.alloc(size);

    let fd;
    try {
        fd = fs.openSync(command, 'r');
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
    } catch (e) {
        /* Empty */
    }

    const match = buffer.toString().match(shebangRegExp);
    if (!match) {
        return null;
    }

    const [binPath, arg] = match[1].trim().split(' ');
    const binary = binPath.split('/').pop();

    if (binary === 'env') {
        return arg || null;
    }

    return arg ? `${binary} ${arg}` : binary;
}

module.exports = readShebang;
