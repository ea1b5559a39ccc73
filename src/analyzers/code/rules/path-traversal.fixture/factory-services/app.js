const express = require('express');
const fileUpload = require('express-fileupload');
const makeIntakeService = require('./services/intake');

const settings = { formsDir: '/srv/forms' };
const services = { intakeService: makeIntakeService({ settings }) };
const intake = require('./handlers/intakeHandlers')(services);

const app = express();
app.use(fileUpload());
app.post('/patients/:patient/forms', intake.upload);
app.post('/patients/:patient/forms-renamed', intake.uploadRenamed);
module.exports = app;
