// Auth service as assistants write it: Express + jsonwebtoken, CommonJS.
const express = require('express');
const jwt = require('jsonwebtoken');
const { sign, verify } = require('jsonwebtoken');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { expressjwt } = require('express-jwt');
const jose = require('jose');
const fs = require('fs');

// ruleid: js/jwt-hardcoded-secret
const JWT_SECRET = 'my-super-secret-key-123';
// ruleid: js/jwt-hardcoded-secret
const REFRESH_TOKEN_SECRET = process.env.REFRESH_TOKEN_SECRET || 'refresh-secret';
// ok: js/jwt-hardcoded-secret
const ACCESS_TOKEN_SECRET = process.env.ACCESS_TOKEN_SECRET;
// ok: js/jwt-hardcoded-secret
const JWT_EXPIRES_IN = '1h';
// ok: js/jwt-hardcoded-secret
const JWT_SECRET_ENV_NAME = 'JWT_SECRET';
// ok: js/jwt-hardcoded-secret
const JWT_PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----';
// ok: js/jwt-hardcoded-secret
const privateKey = fs.readFileSync('./keys/private.pem');

const router = express.Router();

router.post('/login', async (req, res) => {
  const user = await findUser(req.body.email);
  // ok: js/jwt-hardcoded-secret
  const token = jwt.sign({ id: user.id }, JWT_SECRET, { expiresIn: '1h' });
  // ok: js/jwt-hardcoded-secret
  const refresh = jwt.sign({ id: user.id }, REFRESH_TOKEN_SECRET, { expiresIn: '7d' });
  res.json({ token, refresh });
});

router.post('/login-inline', async (req, res) => {
  const user = await findUser(req.body.email);
  // ruleid: js/jwt-hardcoded-secret
  const token = jwt.sign({ userId: user.id, role: user.role }, 'your-secret-key', { expiresIn: '24h' });
  res.json({ token });
});

router.post('/login-fallback', async (req, res) => {
  const user = await findUser(req.body.email);
  // ruleid: js/jwt-hardcoded-secret
  const token = sign({ sub: user.id }, process.env.JWT_SECRET || 'changeme', { expiresIn: '15m' });
  res.json({ token });
});

router.post('/login-env', async (req, res) => {
  const user = await findUser(req.body.email);
  // ok: js/jwt-hardcoded-secret
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
  // ok: js/jwt-hardcoded-secret
  const other = jwt.sign({ sub: user.id }, ACCESS_TOKEN_SECRET, { expiresIn: '15m' });
  // ok: js/jwt-hardcoded-secret
  const rs = jwt.sign({ sub: user.id }, privateKey, { algorithm: 'RS256', expiresIn: '15m' });
  res.json({ token, other, rs });
});

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    // ruleid: js/jwt-hardcoded-secret
    req.user = verify(token, `s3cr3t`, { algorithms: ['HS256'] });
    next();
  } catch (err) {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

function authenticatePublic(req, res, next) {
  // ok: js/jwt-hardcoded-secret
  req.user = jwt.verify(req.cookies.token, JWT_PUBLIC_KEY, { algorithms: ['ES256'] });
  next();
}

const config = {
  port: 3000,
  // ruleid: js/jwt-hardcoded-secret
  jwtSecret: 'dev_jwt_secret_do_not_use',
  // ok: js/jwt-hardcoded-secret
  jwtExpiresIn: '2h',
  // ok: js/jwt-hardcoded-secret
  jwtIssuer: 'vouch-app',
};

function issueFromConfig(user) {
  // ok: js/jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: config.jwtExpiresIn });
}

// A value used as a key is reported where it is written.
// ruleid: js/jwt-hardcoded-secret
const settings = { auth: { key: 'hunter2-signing-key' } };
function issueFromSettings(user) {
  // ok: js/jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, settings.auth.key, { expiresIn: '1h' });
}

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // ruleid: js/jwt-hardcoded-secret
  secretOrKey: 'passport-secret',
}, (payload, done) => done(null, payload)));

passport.use('env', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // ok: js/jwt-hardcoded-secret
  secretOrKey: process.env.JWT_SECRET,
}, (payload, done) => done(null, payload)));

router.use('/api', expressjwt({
  // ruleid: js/jwt-hardcoded-secret
  secret: 'express-jwt-secret',
  algorithms: ['HS256'],
}));

router.use('/api2', expressjwt({
  // ok: js/jwt-hardcoded-secret
  secret: process.env.JWT_SECRET,
  algorithms: ['HS256'],
}));

// ruleid: js/jwt-hardcoded-secret
const joseSecret = new TextEncoder().encode('jose-hardcoded-secret-value');
// ok: js/jwt-hardcoded-secret
const joseEnvSecret = new TextEncoder().encode(process.env.JWT_SECRET);

async function joseVerify(token) {
  // ok: js/jwt-hardcoded-secret
  const { payload } = await jose.jwtVerify(token, joseSecret, { algorithms: ['HS256'] });
  // ok: js/jwt-hardcoded-secret
  const again = await jose.jwtVerify(token, joseEnvSecret, { algorithms: ['HS256'] });
  return { payload, again };
}

async function joseSignInline(user) {
  // ruleid: js/jwt-hardcoded-secret
  return new jose.SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(new TextEncoder().encode('inline-jose-secret'));
}

function registerPlugins(fastify, server) {
  fastify.register(require('@fastify/jwt'), {
    // ruleid: js/jwt-hardcoded-secret
    secret: 'fastify-plugin-secret',
  });
  // ok: js/jwt-hardcoded-secret
  fastify.register(require('@fastify/cookie'), { secret: 'cookie-signing-is-another-rule' });
  server.auth.strategy('jwt', 'jwt', {
    // ruleid: js/jwt-hardcoded-secret
    key: 'hapi-strategy-key',
    validate: async (decoded) => ({ isValid: !!decoded.id }),
  });
  server.auth.strategy('session', 'cookie', {
    // ok: js/jwt-hardcoded-secret
    cookie: { name: 'sid', password: process.env.COOKIE_PASSWORD },
  });
}

// Session secrets and unrelated strings are not JWT keys.
// ok: js/jwt-hardcoded-secret
const sessionOptions = { secret: 'keyboard cat', resave: false };
// ok: js/jwt-hardcoded-secret
const tokenizer = 'whitespace';
// ok: js/jwt-hardcoded-secret
const greeting = new TextEncoder().encode('hello world');

module.exports = { registerPlugins, router, authenticate, authenticatePublic, issueFromConfig, issueFromSettings, joseVerify, joseSignInline, sessionOptions, tokenizer, greeting };
