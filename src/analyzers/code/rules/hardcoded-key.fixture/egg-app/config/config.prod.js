'use strict';

module.exports = {
  // ok: js/hardcoded-key
  keys: process.env.EGG_KEYS,
};
