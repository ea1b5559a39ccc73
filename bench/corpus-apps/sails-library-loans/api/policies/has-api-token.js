const jwt = require('jsonwebtoken');

module.exports = async function (req, res, proceed) {
  const header = req.headers.authorization || '';
  const token = header.replace(/^Bearer\s+/i, '');
  try {
    // safe: CWE-347
    const claims = jwt.verify(token, sails.config.custom.apiTokenSecret, { algorithms: ['HS256'], audience: 'shelfwise-app' });
    req.apiUserId = claims.sub;
    return proceed();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
};
