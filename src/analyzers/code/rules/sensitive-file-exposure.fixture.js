const path = require('path');
const express = require('express');
const serveStatic = require('serve-static');

const app = express();
const LOG_DIR = path.join(__dirname, 'logs');

// ok: js/sensitive-file-exposure
app.use(express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));
// ruleid: js/sensitive-file-exposure
app.use('/logs', express.static(LOG_DIR));
// ruleid: js/sensitive-file-exposure
app.use('/download', serveStatic('/var/backups/shop'));
// ruleid: js/sensitive-file-exposure
app.use(express.static(__dirname));
// ruleid: js/sensitive-file-exposure
app.use('/assets', express.static('assets', { dotfiles: 'allow' }));
// ok: js/sensitive-file-exposure
app.use('/media', express.static(path.resolve(process.env.MEDIA_DIR || 'media'), { dotfiles: 'ignore' }));
// The mount path says what is served.
// ruleid: js/sensitive-file-exposure
app.use('/backup', express.static(process.env.EXPORT_DIR));
// ok: js/sensitive-file-exposure
app.use('/catalog', express.static(path.join(__dirname, '..', 'client', 'dist')));

module.exports = app;
