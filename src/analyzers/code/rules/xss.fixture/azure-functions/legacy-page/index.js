// Azure Functions v3 model (trigger in function.json): `context.res` is the response.
module.exports = async function (context, req) {
  const title = req.query.title || 'Untitled';
  const safeTitle = String(title).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  if (req.query.plain) {
    // ok: js/xss
    context.res = { status: 200, headers: { 'Content-Type': 'text/html' }, body: `<h1>${safeTitle}</h1>` };
    return;
  }
  context.res = {
    status: 200,
    headers: { 'Content-Type': 'text/html' },
    // ruleid: js/xss
    body: `<h1>${title}</h1>`,
  };
};
