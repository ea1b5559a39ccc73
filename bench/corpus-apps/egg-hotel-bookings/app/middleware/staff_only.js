'use strict';

const jwt = require('jsonwebtoken');

module.exports = (options, app) => {
  return async function staffOnly(ctx, next) {
    const token = ctx.cookies.get('bo_session', { signed: true });
    if (!token) ctx.throw(401);
    let claims;
    try {
      // safe: CWE-347
      claims = jwt.verify(token, app.config.jwt.secret, { algorithms: [ 'HS256' ], issuer: app.config.jwt.issuer });
    } catch (e) {
      ctx.throw(401, 'session expired');
    }
    if (claims.role !== 'staff' && claims.role !== 'admin') ctx.throw(403);
    ctx.state.staff = claims;
    await next();
  };
};
