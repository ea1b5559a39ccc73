const logger = require('../lib/logger');
const config = require('../config');

function notFound(req, res) {
  if (req.accepts('html')) return res.status(404).render('error', { title: 'Not found', message: 'That page does not exist.' });
  return res.status(404).json({ error: 'not found' });
}

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  logger.error('request failed', { path: req.path, status, message: err.message, stack: err.stack });

  if (req.path.startsWith('/api/')) {
    const body = { error: status < 500 ? err.message : 'Internal server error' };
    if (err.name === 'SequelizeDatabaseError') {
      body.detail = err.parent && err.parent.detail;
      body.sql = err.sql;
      // vuln: CWE-209
      return res.status(status).json(body);
    }
    // safe: CWE-209
    return res.status(status).json(body);
  }

  return res.status(status).render('error', {
    title: 'Something went wrong',
    message: config.env === 'production' ? 'Please try again later.' : err.message,
  });
}

module.exports = { notFound, errorHandler };
