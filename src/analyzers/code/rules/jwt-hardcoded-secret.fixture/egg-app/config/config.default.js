'use strict';

module.exports = appInfo => {
  const config = exports = {};
  config.keys = process.env.EGG_KEYS;
  // ruleid: js/jwt-hardcoded-secret
  config.jwt = { secret: 'egg-jwt-signing-5858' };
  config.view = { root: `${appInfo.baseDir}/app/view` };
  return config;
};
