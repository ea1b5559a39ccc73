// Koa router parameters come from the URL path (`/users/:id`): not a message with credentials.
async function showUser(ctx) {
  // ok: js/sensitive-data-in-log
  console.log("show user", ctx.params);
  ctx.body = { id: ctx.params.id };
}

module.exports = { showUser };
