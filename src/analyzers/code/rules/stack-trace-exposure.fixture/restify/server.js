const restify = require('restify');
const onRestifyError = require('./lib/on-error');

const server = restify.createServer();

server.get('/items/:id', (req, res, next) => {
  res.send({ id: req.params.id });
  return next();
});

server.on('restifyError', onRestifyError);

server.on('InternalServer', (req, res, err, callback) => {
  // ruleid: js/stack-trace-exposure
  res.send(500, { message: 'failed', detail: err.stack });
  return callback();
});

server.on('NotFound', (req, res, err, callback) => {
  // ok: js/stack-trace-exposure
  res.send(404, { message: err.message });
  return callback();
});

server.on('BadGateway', (req, res, err, callback) => {
  // ruleid: js/stack-trace-exposure
  res.send(502, { message: err.message });
  return callback();
});

server.listen(8080);
