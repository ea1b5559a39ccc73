// Handlers exported here and registered in ../routes/exports.js, with short parameter names.
const { exec } = require('child_process');

exports.exportCsv = (r, s) => {
  // ruleid: js/command-injection
  exec('pg-export --table ' + r.query.table);
  s.sendStatus(202);
};

exports.exportJson = function (r, s) {
  // ok: js/command-injection
  exec('pg-export --json --limit ' + parseInt(r.query.limit, 10));
  s.sendStatus(202);
};

exports.makeArchiver = (bucket) => async (r, s) => {
  // ruleid: js/command-injection
  exec(`s3-archive ${bucket} ${r.params.prefix}`);
  s.end();
};

// A helper, not a handler: its caller decides what `opts` is.
exports.compress = (opts) => {
  // ok: js/command-injection
  exec('gzip -k ' + opts.file);
};
