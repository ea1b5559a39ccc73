'use strict';

const { pidsOnPort, uptime } = require('./lib/ports');

module.exports = { pidsOnPort, uptime };
