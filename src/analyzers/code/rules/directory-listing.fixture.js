const express = require('express');
const serveIndex = require('serve-index');
const { requireAdmin } = require('./middleware/auth');

const app = express();
const uploadDir = process.env.UPLOAD_DIR || '/srv/uploads';

// ruleid: js/directory-listing
app.use('/uploads', express.static(uploadDir), serveIndex(uploadDir, { icons: true }));
// ruleid: js/directory-listing
app.use('/exports', serveIndex('/srv/exports'));
// Staff only: the listing sits behind a login.
// ok: js/directory-listing
app.use('/admin/files', requireAdmin, serveIndex(uploadDir));
// ok: js/directory-listing
app.use('/files', express.static(uploadDir, { index: false }));

module.exports = app;
