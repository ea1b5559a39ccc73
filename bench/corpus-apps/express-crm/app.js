'use strict';

const express = require('express');
const helmet = require('helmet');
const mongoose = require('mongoose');
const contacts = require('./routes/contacts');
const imports = require('./routes/imports');
const reports = require('./routes/reports');
const { requireUser } = require('./services/auth');

const app = express();
app.use(helmet());
app.use(express.json({ limit: '2mb' }));

app.use('/api/contacts', requireUser, contacts);
app.use('/api/imports', requireUser, imports);
app.use('/api/reports', requireUser, reports);

mongoose.connect(process.env.MONGO_URL).then(() => {
  app.listen(process.env.PORT || 8080);
});

module.exports = app;
