'use strict';

const jwt = require('jsonwebtoken');

// Guest auth: tokens are issued by the booking widget (same secret).
module.exports = () => {
  return async function auth(ctx, next) {
    const header = ctx.get('authorization') || '';
    const token = header.replace(/^Bearer /, '');
    if (!token) ctx.throw(401, 'login required');
    // vuln: CWE-347
    const claims = jwt.decode(token);
    if (!claims || !claims.sub) ctx.throw(401, 'bad token');
    ctx.state.guest = { id: claims.sub, email: claims.email };
    await next();
  };
};
