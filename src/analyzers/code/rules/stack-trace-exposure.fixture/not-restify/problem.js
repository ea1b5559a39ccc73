// Not Restify: a `(req, res, err)` helper is no error listener; what it is given is its callers' to say.
function problem(req, res, err) {
  // ok: js/stack-trace-exposure
  res.send(500, { title: 'Problem', detail: err.stack });
}

module.exports = problem;
