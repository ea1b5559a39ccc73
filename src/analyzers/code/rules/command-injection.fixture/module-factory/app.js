const express = require('express');
// Required and called in one go: the methods come from what the module's function returns.
const network = require('./services/network')({ count: 3 });

const app = express();
app.get('/ping', (req, res) => {
  network.ping(req.query.host);
  res.sendStatus(202);
});
app.get('/trace', (req, res) => {
  network.trace(req.query.host);
  res.sendStatus(202);
});
app.get('/uptime', (req, res) => {
  network.uptime();
  res.sendStatus(202);
});
module.exports = app;
