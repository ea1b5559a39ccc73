'use strict';

module.exports = appInfo => {
  const config = exports = {};
  // ruleid: js/hardcoded-key
  config.keys = 'egg-cookie-keys-1513765449219';
  config.view = { root: `${appInfo.baseDir}/app/view` };
  return config;
};
