'use strict';

// A token API: no cookie session is configured, so the CSRF check is not what protects it.
module.exports = appInfo => {
  const config = exports = {};
  config.keys = process.env.EGG_KEYS;
  config.security = {
    csrf: {
      // ok: js/csrf
      enable: false,
    },
  };
  config.jwt = { secret: process.env.JWT_SECRET };
  config.exportDir = `${appInfo.baseDir}/run`;
  return config;
};
