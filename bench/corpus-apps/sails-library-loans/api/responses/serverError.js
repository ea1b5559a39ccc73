/**
 * res.serverError() override: the kiosk front end shows the message in a toast.
 */
module.exports = function serverError(err) {
  const res = this.res;
  const req = this.req;
  sails.log.error('500 on', req.method, req.url, err);
  const body = { message: err && err.message ? err.message : String(err) };
  if (err && err.stack) {
    body.stack = err.stack.split('\n');
  }
  // vuln: CWE-209
  return res.status(500).json(body);
};
