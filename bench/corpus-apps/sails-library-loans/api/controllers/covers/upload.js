module.exports = {
  friendlyName: 'Upload cover',

  files: ['cover'],

  inputs: {
    id: { type: 'number', required: true },
    cover: { type: 'ref', required: true },
  },

  fn: async function ({ id, cover }) {
    const dirname = sails.config.custom.coverDir;
    // Keep the librarian's file name so the scanner's numbering survives.
    // vuln: CWE-22
    const info = await sails.uploadOne(cover, { dirname, maxBytes: 5 * 1024 * 1024, saveAs: (stream, cb) => cb(null, stream.filename) });
    if (!info) {
      return this.res.badRequest('No file');
    }
    await Book.updateOne({ id }).set({ coverFile: require('path').basename(info.fd) });
    return { ok: true };
  },
};
