'use strict';

// A zip library's own extraction: it parses the archive itself, so no archive package is imported;
// the entries are known as the entries of the archive object it opened.
const path = require('path');
const files = require('./files');
const ZipFile = require('./zip-file');

module.exports = function (input) {
  const zip = new ZipFile(input);
  return {
    extractAllTo(targetPath, overwrite) {
      zip.entries.forEach(function (entry) {
        const content = entry.getData();
        // ruleid: js/zip-slip
        files.writeFileTo(path.resolve(targetPath, entry.entryName.toString()), content, overwrite);
      });
    },
    extractChecked(targetPath, overwrite) {
      const root = path.resolve(targetPath);
      for (const entry of zip.getEntries()) {
        const dest = path.resolve(root, entry.entryName);
        if (!dest.startsWith(root + path.sep)) throw new Error(`entry ${entry.entryName} is outside the target`);
        // ok: js/zip-slip
        files.writeFileTo(dest, entry.getData(), overwrite);
      }
    },
    extractFlat(targetPath, overwrite) {
      for (const entry of zip.getEntries()) {
        // ruleid: js/zip-slip
        files.writeFileTo(path.join(targetPath, entry.entryName), entry.getData(), overwrite);
        // ok: js/zip-slip
        files.writeFileTo(path.join(targetPath, path.basename(entry.entryName)), entry.getData(), overwrite);
      }
    },
  };
};
