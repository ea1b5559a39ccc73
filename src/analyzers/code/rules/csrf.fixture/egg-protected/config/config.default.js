'use strict';

module.exports = appInfo => {
  const config = exports = {};
  config.keys = process.env.EGG_KEYS;
  config.session = { key: 'SESS', httpOnly: true, encrypt: true };
  config.security = {
    csrf: {
      // ok: js/csrf
      enable: true,
      ignore: '/api/webhooks',
    },
  };
  config.exportDir = `${appInfo.baseDir}/run`;
  return config;
};
