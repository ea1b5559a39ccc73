'use strict';

const { createRedirector } = require('./lib/redirector');
const { redirectGuard } = require('./lib/middleware');
const { isAllowedTarget } = require('./lib/allow');
const { encodeUrl } = require('./lib/encode');

module.exports = { createRedirector, redirectGuard, isAllowedTarget, encodeUrl };
