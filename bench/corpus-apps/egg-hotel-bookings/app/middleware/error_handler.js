'use strict';

module.exports = () => {
  return async function errorHandler(ctx, next) {
    try {
      await next();
    } catch (err) {
      ctx.app.emit('error', err, ctx);
      const status = err.status || 500;
      ctx.status = status;
      if (status < 500) {
        ctx.body = { error: err.message };
        return;
      }
      // vuln: CWE-209
      ctx.body = { error: err.message, stack: err.stack, sql: err.sql };
    }
  };
};
