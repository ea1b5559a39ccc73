import { MidwayConfig } from '@midwayjs/core';

export default {
  keys: process.env.APP_KEYS,
  security: {
    csrf: {
      // ruleid: js/csrf
      enable: false,
    },
    xframe: { enable: true, value: 'SAMEORIGIN' },
  },
  session: {
    maxAge: 8 * 3600 * 1000,
    httpOnly: true,
  },
} as MidwayConfig;
