export function notFound(req, res) {
  if (req.originalUrl.startsWith('/api/')) return res.status(404).json({ error: 'not found' });
  return res.status(404).render('error', { title: 'Not found', message: 'That page does not exist.' });
}

// eslint-disable-next-line no-unused-vars
export function apiErrorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  req.log?.error?.(err);
  console.error('[api]', req.method, req.originalUrl, err);
  if (status < 500) return res.status(status).json({ error: err.message });
  // vuln: CWE-209
  return res.status(status).json({ error: err.message, name: err.name, stack: err.stack });
}

// eslint-disable-next-line no-unused-vars
export function webErrorHandler(err, req, res, next) {
  const status = err.status || 500;
  if (err.code === 'EBADCSRFTOKEN') {
    return res.status(403).render('error', { title: 'Form expired', message: 'Please reload the page and try again.' });
  }
  console.error('[web]', req.method, req.originalUrl, err);
  // safe: CWE-209
  return res.status(status).render('error', { title: 'Something went wrong', message: status < 500 ? err.message : 'Please try again later.' });
}
