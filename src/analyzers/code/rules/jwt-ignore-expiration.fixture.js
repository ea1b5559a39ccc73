const jwt = require('jsonwebtoken');
const { Strategy, ExtractJwt } = require('passport-jwt');

const secret = process.env.JWT_SECRET;

function authenticate(req, res, next) {
  try {
    req.user = jwt.verify(req.cookies.token, secret, {
      algorithms: ['HS256'],
      // ruleid: js/jwt-ignore-expiration
      ignoreExpiration: true,
    });
    next();
  } catch {
    res.sendStatus(401);
  }
}

const strategy = new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: secret,
  // ruleid: js/jwt-ignore-expiration
  ignoreExpiration: true,
}, (payload, done) => done(null, payload));

function login(user) {
  // ruleid: js/jwt-ignore-expiration
  const accessToken = jwt.sign({ id: user.id, email: user.email, role: user.role }, secret);
  // ruleid: js/jwt-ignore-expiration
  const refreshToken = jwt.sign({ id: user.id }, secret, { algorithm: 'HS256' });
  return { accessToken, refreshToken };
}

function loginCallback(user, cb) {
  // ruleid: js/jwt-ignore-expiration
  jwt.sign({ id: user.id }, secret, (err, token) => cb(err, token));
}

// Safe look-alikes
function loginWithExpiry(user) {
  // ok: js/jwt-ignore-expiration
  const accessToken = jwt.sign({ id: user.id }, secret, { expiresIn: '15m' });
  // ok: js/jwt-ignore-expiration
  const withExp = jwt.sign({ id: user.id, exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
  return { accessToken, withExp };
}

const SIGN_OPTIONS = { expiresIn: '1h', algorithm: 'HS256' };
function loginNamedOptions(user) {
  // ok: js/jwt-ignore-expiration
  return jwt.sign({ id: user.id }, secret, SIGN_OPTIONS);
}

function loginUnknown(claims, options) {
  // ok: js/jwt-ignore-expiration
  const a = jwt.sign(claims, secret, { expiresIn: '1h' });
  // ok: js/jwt-ignore-expiration
  const b = jwt.sign({ id: 1 }, secret, options);
  // ok: js/jwt-ignore-expiration
  const c = jwt.sign({ ...claims }, secret);
  return [a, b, c];
}

function unsignedDebug(user) {
  // An unsigned token is js/jwt-none-algorithm's finding; its exp could be rewritten anyway.
  // ok: js/jwt-ignore-expiration
  return jwt.sign({ id: user.id }, '', { algorithm: 'none' });
}

function strictVerify(token) {
  // ok: js/jwt-ignore-expiration
  return jwt.verify(token, secret, { algorithms: ['HS256'], ignoreExpiration: false });
}

// A token library's own option handling: on unless the caller knows to pass false.
function normalizeVerifyOptions(options = {}) {
  return {
    audience: options.audience,
    // ruleid: js/jwt-ignore-expiration
    ignoreExpiration: options.ignoreExpiration !== false,
  };
}

function normalizeVerifyOptionsNullish(options = {}) {
  // ruleid: js/jwt-ignore-expiration
  return { ignoreExpiration: options.ignoreExpiration ?? true };
}

function normalizeVerifyOptionsFixed(options = {}) {
  // Off unless asked for.
  // ok: js/jwt-ignore-expiration
  return { ignoreExpiration: options.ignoreExpiration === true };
}

module.exports = { normalizeVerifyOptions, normalizeVerifyOptionsNullish, normalizeVerifyOptionsFixed, unsignedDebug, authenticate, strategy, login, loginCallback, loginWithExpiry, loginNamedOptions, loginUnknown, strictVerify };

// A configured plugin instance signs with one argument (@elysiajs/jwt: the key and `exp` are set
// once in `jwt({ secret, exp })`); jsonwebtoken cannot sign without a key.
async function elysiaLogin({ jwt: signer, user }) {
  const jwt = signer;
  // ok: js/jwt-ignore-expiration
  return jwt.sign({ sub: user.id });
}
