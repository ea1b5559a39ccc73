'use strict';

module.exports = appInfo => {
  const config = exports = {};
  config.keys = process.env.EGG_KEYS;
  config.session = {
    key: 'EGG_SESS',
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
  };
  config.view = { root: `${appInfo.baseDir}/app/view` };
  return config;
};
