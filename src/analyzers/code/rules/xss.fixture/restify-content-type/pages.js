// Restify: a response whose `contentType` the code set to HTML sends `res.send(text)` as that.
const restify = require('restify');

const server = restify.createServer();

server.get('/page/:name', (req, res, next) => {
  res.contentType = 'text/html';
  // ruleid: js/xss
  res.send(`<h1>${req.params.name}</h1>`);
  return next();
});

server.listen(8080);
