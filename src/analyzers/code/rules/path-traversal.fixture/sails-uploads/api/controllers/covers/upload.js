const crypto = require('crypto');
const path = require('path');

// sails-hook-uploads / skipper: `saveAs` names the file under `dirname`; `stream.filename` is the client's.
module.exports = {
  files: ['cover'],

  inputs: {
    cover: { type: 'ref', required: true },
    name: { type: 'string' },
  },

  fn: async function ({ cover, name }) {
    const dirname = sails.config.custom.coverDir;
    // ruleid: js/path-traversal
    await sails.uploadOne(cover, { dirname, saveAs: (stream, cb) => cb(null, stream.filename) });
    // ruleid: js/path-traversal
    await sails.uploadOne(cover, { dirname, saveAs: name });
    // ok: js/path-traversal
    await sails.uploadOne(cover, { dirname, saveAs: (stream, cb) => cb(null, crypto.randomUUID() + path.extname(stream.filename).replace(/[^.\w]/g, '')) });
    // ok: js/path-traversal
    await sails.uploadOne(cover, { dirname, saveAs: (stream, cb) => cb(null, path.basename(stream.filename)) });
    return { ok: true };
  },
};
