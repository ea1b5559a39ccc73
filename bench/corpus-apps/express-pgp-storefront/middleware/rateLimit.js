'use strict';

const { rateLimit } = require('express-rate-limit');

exports.backOfficeLogin = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
});
