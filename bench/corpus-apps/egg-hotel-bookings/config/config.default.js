'use strict';

module.exports = appInfo => {
  const config = {};

  config.keys = process.env.EGG_KEYS;
  config.middleware = [ 'errorHandler' ];

  config.view = {
    defaultViewEngine: 'nunjucks',
    mapping: { '.nj': 'nunjucks' },
  };

  config.mysql = {
    client: {
      host: process.env.DB_HOST,
      port: 3306,
      user: process.env.DB_USER,
      password: process.env.DB_PASSWORD,
      database: 'hotel',
    },
  };

  config.security = {
    csrf: { ignore: '/api/webhooks' },
    domainWhiteList: [ 'https://book.example-hotels.com' ],
  };

  config.cors = {
    // vuln: CWE-942
    origin: ctx => ctx.get('origin'),
    credentials: true,
    allowMethods: 'GET,POST,PUT,DELETE',
  };

  config.multipart = { mode: 'file', fileSize: '10mb' };

  config.jwt = { secret: process.env.JWT_SECRET, issuer: 'hotel-bo' };

  config.channelManager = { endpoint: 'https://api.channel-manager.example.com/v2/availability' };

  config.exportDir = `${appInfo.baseDir}/run/exports`;

  return config;
};
