// JWT middleware variations seen in generated Express apps
const jwt = require('jsonwebtoken');
const fs = require('fs');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH || './keys/public.pem');

function verifyToken(req, res, next) {
  const token = req.headers['x-access-token'];
  if (!token) return res.status(403).send({ message: 'No token provided!' });
  // ruleid: js/jwt-missing-algorithms
  // ruleid: js/jwt-hardcoded-secret
  jwt.verify(token, 'secretkey', (err, decoded) => {
    if (err) return res.status(401).send({ message: 'Unauthorized!' });
    req.userId = decoded.id;
    next();
  });
}

function verifyRs256(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1];
  // ruleid: js/jwt-missing-algorithms
  jwt.verify(token, PUBLIC_KEY, { issuer: 'auth.example.com' }, (err, claims) => {
    if (err) return res.sendStatus(401);
    req.user = claims;
    next();
  });
}

function verifyLenient(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1];
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, {
      algorithms: ['HS256'],
      // ruleid: js/jwt-ignore-expiration
      ignoreExpiration: true,
    });
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

function optionalAuth(req, res, next) {
  const token = req.cookies && req.cookies.jwt;
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    // ruleid: js/empty-catch-security
  } catch (e) {}
  next();
}

function isAdmin(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // ruleid: js/jwt-decode-without-verify
  const payload = jwt.decode(token);
  if (payload && payload.role === 'admin') return next();
  res.sendStatus(403);
}

function verifyStrict(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1];
  try {
    // ok: js/jwt-missing-algorithms, js/jwt-ignore-expiration
    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'auth.example.com', audience: 'api' });
    return next();
  } catch (err) {
    // ok: js/empty-catch-security
    return res.status(401).json({ message: 'Invalid token' });
  }
}

function logTokenKid(token) {
  // ok: js/jwt-decode-without-verify
  const header = jwt.decode(token, { complete: true })?.header;
  console.debug('token kid', header && header.kid);
}

module.exports = { verifyToken, verifyRs256, verifyLenient, optionalAuth, isAdmin, verifyStrict, logTokenKid };
