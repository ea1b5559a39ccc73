// A classic action with skipper's `req.file(field).upload(opts, cb)`.
module.exports = function legacy(req, res) {
  // ruleid: js/path-traversal
  req.file('cover').upload({ dirname: '/var/covers', saveAs: (file, cb) => cb(null, file.filename) }, (err) => res.ok());
};
