const { exec } = require('child_process');

// A classic action `(req, res)`: `req.param()` and `req.allParams()` read the request's parameters.
module.exports = async function status(req, res) {
  // ruleid: js/command-injection
  exec(`lpstat -p ${req.param('printer')}`);
  const all = req.allParams();
  // ruleid: js/command-injection
  exec(`lpq -P ${all.queue}`);
  return res.ok();
};
