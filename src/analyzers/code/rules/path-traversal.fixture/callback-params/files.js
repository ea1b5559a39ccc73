'use strict';

// Node-style helpers that answer through a callback: what they hand it comes from their arguments.
function locate(file, cb) {
  process.nextTick(() => {
    if (file.endsWith('/')) return cb(null, { file: `${file}index.html`, dir: true });
    return cb(null, { file, dir: false });
  });
}

function withDefault(name, cb) {
  // The callback gets a fixed file whatever the caller passed.
  cb(null, { file: '/srv/static/index.html', name });
}

module.exports = { locate, withDefault };
