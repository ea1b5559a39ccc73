'use strict';

// A helper over busboy: it hands each upload's client-chosen name to its caller's callback.
const busboy = require('busboy');
const path = require('path');

function eachUpload(req, onFile) {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (field, stream, info) => onFile(info.filename, stream));
  req.pipe(bb);
}

/** Only the base name of the client's file name is handed on. */
function eachUploadFlat(req, onFile) {
  const bb = busboy({ headers: req.headers });
  bb.on('file', (field, stream, info) => onFile(path.basename(info.filename), stream));
  req.pipe(bb);
}

/** The callback gets a name the helper makes up. */
function eachUploadRenamed(req, onFile) {
  let n = 0;
  const bb = busboy({ headers: req.headers });
  bb.on('file', (field, stream, info) => onFile({ name: `upload-${++n}`, type: info.mimeType }, stream));
  req.pipe(bb);
}

module.exports = { eachUpload, eachUploadFlat, eachUploadRenamed };
