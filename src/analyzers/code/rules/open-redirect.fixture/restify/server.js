// Restify's `res.redirect([code,] url, next)`: the target comes before the callback.
const restify = require('restify');

const server = restify.createServer();

server.get('/sso/callback', (req, res, next) => {
  const { returnTo } = req.query;
  // ruleid: js/open-redirect
  res.redirect(302, returnTo || '/', next);
});

server.get('/go', (req, res, next) => {
  // ruleid: js/open-redirect
  res.redirect(req.query.to, next);
});

server.get('/back', (req, res, next) => {
  const target = String(req.query.next || '/');
  // Restify writes the target as given: `/\evil.example` is another host to a browser.
  const local = target.startsWith('/') && !target.startsWith('//');
  // ruleid: js/open-redirect
  res.redirect(302, local ? target : '/', next);
});

server.get('/logout', (req, res, next) => {
  const target = String(req.query.next || '/');
  const local = target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
  // ok: js/open-redirect
  res.redirect(302, local ? target : '/', next);
});

server.get('/item', (req, res, next) => {
  // ok: js/open-redirect
  res.redirect(301, `/items/${encodeURIComponent(req.query.id)}`, next);
});

server.listen(8080);
