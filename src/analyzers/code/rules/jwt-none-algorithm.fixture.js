import jwt from 'jsonwebtoken';
import * as jose from 'jose';
import express from 'express';

const app = express();
const secret = process.env.JWT_SECRET;

app.get('/profile', (req, res) => {
  const token = req.headers.authorization.replace('Bearer ', '');
  const claims = jwt.verify(token, secret, {
    // ruleid: js/jwt-none-algorithm
    algorithms: ['HS256', 'none'],
  });
  res.json(claims);
});

app.get('/legacy', (req, res) => {
  // ruleid: js/jwt-none-algorithm
  const claims = jwt.verify(req.cookies.token, null);
  res.json(claims);
});

app.get('/legacy2', (req, res) => {
  // ruleid: js/jwt-none-algorithm
  const claims = jwt.verify(req.cookies.token, '', { algorithms: ['HS256'] });
  res.json(claims);
});

app.get('/legacy3', (req, res) => {
  // ruleid: js/jwt-none-algorithm
  jwt.verify(req.query.t, undefined, (err, decoded) => res.json(decoded));
});

export function issueUnsigned(user) {
  // ruleid: js/jwt-none-algorithm
  return jwt.sign({ sub: user.id }, null, { algorithm: 'none', expiresIn: '1h' });
}

const NONE_OPTIONS = { algorithm: 'none' };
export function issueUnsignedNamed(user) {
  // ruleid: js/jwt-none-algorithm
  return jwt.sign({ sub: user.id }, '', NONE_OPTIONS);
}

export async function unsignedJose(token) {
  // ruleid: js/jwt-none-algorithm
  const { payload } = jose.UnsecuredJWT.decode(token);
  return payload;
}

export function headerNone(payload) {
  // ruleid: js/jwt-none-algorithm
  const header = { alg: 'none', typ: 'JWT' };
  return Buffer.from(JSON.stringify(header)).toString('base64url') + '.' + Buffer.from(JSON.stringify(payload)).toString('base64url') + '.';
}

// ruleid: js/jwt-none-algorithm
const passportOptions = { secretOrKey: secret, algorithms: ['NONE'] };

// Safe look-alikes
app.get('/ok', (req, res) => {
  // ok: js/jwt-none-algorithm
  const claims = jwt.verify(req.cookies.token, secret, { algorithms: ['HS256'] });
  res.json(claims);
});

export function issueSigned(user) {
  // ok: js/jwt-none-algorithm
  return jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256', expiresIn: '1h' });
}

export async function joseSigned(user, key) {
  // ok: js/jwt-none-algorithm
  return new jose.SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'ES256' }).sign(key);
}

// Other libraries use "none" as an ordinary value.
// ok: js/jwt-none-algorithm
const compression = { algorithm: 'none', level: 0 };
// ok: js/jwt-none-algorithm
const imageResize = { alg: 'none' };
// ok: js/jwt-none-algorithm
const cssReset = { display: 'none' };

export { app, passportOptions, compression, imageResize, cssReset };
