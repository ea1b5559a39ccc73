'use strict';

exports.session = {
  key: 'EGG_SESS',
  // ok: js/cookie-without-httponly
  httpOnly: true,
};
