// Route handlers of a Koa app, in a file of their own (the router file imports Koa).
async function afterLogin(ctx) {
  // ruleid: js/open-redirect
  ctx.redirect(ctx.query.next);
}

module.exports = { afterLogin };
