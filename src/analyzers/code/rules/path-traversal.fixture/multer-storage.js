// multer's disk storage writes each upload to join(destination, filename(req, file)). multer (busboy)
// keeps only the last segment of the client's name, never `.` or `..`, unless `preservePath: true`.
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

// The client's directories are kept: `../../app/server.js` is a name.
const options = { preservePath: true };

module.exports = {
  kept: multer({ storage: kept, ...options }),
  stamped: multer({ storage: stamped, ...options }),
  renamed: multer({ storage: renamed, ...options }),
  cleaned: multer({ storage: cleaned, ...options }),
};
