import { MidwayAppInfo, MidwayConfig } from '@midwayjs/core';

export default (appInfo: MidwayAppInfo): MidwayConfig => ({
  keys: process.env.APP_KEYS,
  session: {
    key: 'APP_SESS',
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
    secure: true,
  },
  staticFile: { dirs: { default: { prefix: '/', dir: `${appInfo.baseDir}/public` } } },
});
