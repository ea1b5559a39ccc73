'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const DEFAULTS = {
  spa: false,
  listing: true,
  apiPrefix: '/api/',
  apiTarget: null,
  mocksDir: 'mocks',
  deploy: {
    script: 'scripts/deploy.sh',
    branches: ['main', 'staging'],
    // safe: CWE-798
    secret: process.env.DEVSERVE_WEBHOOK_SECRET || null,
  },
  admin: {
    user: 'admin',
    // vuln: CWE-798
    password: process.env.DEVSERVE_ADMIN_PASSWORD || 'devserve!admin42',
  },
  allowedOrigins: ['http://localhost:3000', 'http://localhost:5173'],
  verbose: false,
};

/**
 * devserve.config.js lives in the project being served and is written by the
 * developer. It is evaluated in a sandbox so it cannot require() things.
 */
function loadConfig(root, explicitPath) {
  const file = path.resolve(root, explicitPath || 'devserve.config.js');
  if (!fs.existsSync(file)) return { ...DEFAULTS };
  const source = fs.readFileSync(file, 'utf8');
  const sandbox = { module: { exports: {} }, process: { env: { ...process.env } } };
  sandbox.exports = sandbox.module.exports;
  // safe: CWE-94
  vm.runInNewContext(source, sandbox, { filename: file, timeout: 1000 });
  const user = sandbox.module.exports || {};
  return {
    ...DEFAULTS,
    ...user,
    deploy: { ...DEFAULTS.deploy, ...(user.deploy || {}) },
    admin: { ...DEFAULTS.admin, ...(user.admin || {}) },
  };
}

module.exports = { loadConfig, DEFAULTS };
