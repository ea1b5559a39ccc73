// The headers are set by a local module the app is handed to: not visible from this file.
const express = require('express');
const applySecurity = require('./security');

// ok: js/missing-security-headers
const app = express();
applySecurity(app);
app.set('view engine', 'hbs');
app.use(express.static('public'));

module.exports = app;
