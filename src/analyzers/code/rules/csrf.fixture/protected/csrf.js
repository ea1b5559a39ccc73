const { csrfSync } = require('csrf-sync');

const { csrfSynchronisedProtection } = csrfSync();
module.exports = { csrfProtection: csrfSynchronisedProtection };
