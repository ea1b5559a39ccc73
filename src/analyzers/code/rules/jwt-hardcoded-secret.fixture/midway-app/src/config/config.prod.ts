import { MidwayConfig } from '@midwayjs/core';

export default {
  jwt: {
    // ok: js/jwt-hardcoded-secret
    secret: process.env.JWT_SECRET,
  },
} as MidwayConfig;
