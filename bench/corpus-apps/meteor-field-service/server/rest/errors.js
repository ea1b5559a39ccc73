// Mobile developers asked for the full error in responses to debug field issues faster.
export function errorHandler(err, req, res, next) {
  if (res.headersSent) return next(err);
  const status = err.status || err.statusCode || 500;
  if (req.path.startsWith('/api/')) {
    // vuln: CWE-209
    return res.status(status).json({ error: err.message, stack: err.stack, path: req.path });
  }
  // safe: CWE-209
  return res.status(status).send('Something went wrong. Please try again later.');
}
