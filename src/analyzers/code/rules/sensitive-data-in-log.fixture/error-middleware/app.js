const express = require('express');
const { apiErrorHandler } = require('./errors');

const app = express();
app.use(express.json());
app.use('/api', apiErrorHandler);

module.exports = app;
