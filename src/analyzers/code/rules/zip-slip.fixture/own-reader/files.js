'use strict';

// A zip library's own helpers: the file system calls behind its extraction methods.
const fs = require('fs');
const path = require('path');

module.exports = {
  writeFileTo(file, content, overwrite) {
    if (fs.existsSync(file) && !overwrite) return false;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, 'w', 0o666);
    fs.writeSync(fd, content, 0, content.length, 0);
    fs.closeSync(fd);
    return true;
  },
};
