// multer's disk storage writes each upload to join(destination, filename(req, file)).
const multer = require('multer');
const path = require('path');
const crypto = require('crypto');

const kept = multer.diskStorage({
  destination: 'uploads/',
  // ruleid: js/path-traversal
  filename: (req, file, cb) => cb(null, file.originalname),
});

const stamped = multer.diskStorage({
  destination: 'uploads/',
  filename(req, file, done) {
    // ruleid: js/path-traversal
    done(null, `${Date.now()}-${file.originalname}`);
  },
});

const renamed = multer.diskStorage({
  destination: 'uploads/',
  // Only the extension of the client's name is kept.
  // ok: js/path-traversal
  filename: (req, file, cb) => cb(null, crypto.randomUUID() + path.extname(file.originalname)),
});

const cleaned = multer.diskStorage({
  destination: 'uploads/',
  // ok: js/path-traversal
  filename: (req, file, cb) => cb(null, path.basename(file.originalname)),
});

module.exports = { kept: multer({ storage: kept }), stamped: multer({ storage: stamped }), renamed: multer({ storage: renamed }), cleaned: multer({ storage: cleaned }) };
