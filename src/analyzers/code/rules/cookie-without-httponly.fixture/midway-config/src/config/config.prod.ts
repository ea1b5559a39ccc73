import { MidwayConfig } from '@midwayjs/core';

export const session = {
  key: 'APP_SESS',
  // ok: js/cookie-without-httponly
  httpOnly: true,
  secure: true,
};

export default {} as MidwayConfig;
