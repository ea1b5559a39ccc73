'use strict';

const path = require('path');

const STORAGE_ROOT = path.resolve(process.env.STORAGE_ROOT || '/srv/koa-files/storage');

// Resolves a user-supplied relative path inside the storage root, or returns null.
function insideStorage(relative) {
  const resolved = path.resolve(STORAGE_ROOT, relative);
  return resolved === STORAGE_ROOT || resolved.startsWith(STORAGE_ROOT + path.sep) ? resolved : null;
}

module.exports = { STORAGE_ROOT, insideStorage };
