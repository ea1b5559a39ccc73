import { MidwayConfig } from '@midwayjs/core';

export default {
  jwt: {
    // ruleid: js/jwt-hardcoded-secret
    secret: 'portal-7f3c9a0e-signing',
    expiresIn: '8h',
  },
  refreshJwt: {
    // ok: js/jwt-hardcoded-secret
    secret: process.env.REFRESH_JWT_SECRET,
  },
} as MidwayConfig;
