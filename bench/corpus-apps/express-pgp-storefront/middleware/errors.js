'use strict';

exports.notFound = (req, res) => {
  res.status(404).render('error', { message: 'Page not found' });
};

// eslint-disable-next-line no-unused-vars
exports.handler = (err, req, res, next) => {
  const ref = Date.now().toString(36);
  console.error(`[${ref}]`, err);
  res.status(err.status || 500);
  if (req.accepts(['html', 'json']) === 'json') {
    // safe: CWE-209
    return res.json({ error: 'internal_error', ref });
  }
  return res.render('error', { message: `Something went wrong (ref ${ref})` });
};
