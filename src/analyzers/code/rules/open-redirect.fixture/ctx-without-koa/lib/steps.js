// A library with no web framework: `ctx` is its own pipeline context, whose `query` is a query object.
function nextStep(ctx) {
  // ok: js/open-redirect
  ctx.redirect(ctx.query.next);
}

module.exports = { nextStep };
