// Error middleware in its own file, registered by the app: (err, req, res, next).
function apiErrorHandler(err, req, res, next) {
  // ok: js/sensitive-data-in-log
  console.error('[api]', req.method, req.originalUrl, err);
  // ruleid: js/sensitive-data-in-log
  console.error('request body was', req.body);
  res.status(500).json({ error: 'internal error' });
}

module.exports = { apiErrorHandler };
