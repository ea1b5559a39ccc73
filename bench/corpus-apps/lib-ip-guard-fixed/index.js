'use strict';

const { isPrivate, isPublic, isLoopback } = require('./lib/address');
const { safeGet, BlockedAddressError } = require('./lib/safe-get');

module.exports = { isPrivate, isPublic, isLoopback, safeGet, BlockedAddressError };
