// One module, several handlers: a verify() in one function does not protect a decode() in another.
import jwt from 'jsonwebtoken';
import bcrypt from 'bcryptjs';
import argon2 from 'argon2';

export function verifyAccess(req, res, next) {
  // ok: js/jwt-decode-without-verify
  req.user = jwt.verify(req.cookies.at, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  next();
}

export async function requireOwner(req, res, next) {
  const ok = await bcrypt.compare(req.body.pin, req.user.pinHash);
  const stillOk = await argon2.verify(req.user.hash, req.body.password);
  // ruleid: js/jwt-decode-without-verify
  const { sub, org } = jwt.decode(req.cookies.at);
  if (!ok || !stillOk || org !== req.params.org) return res.sendStatus(403);
  req.owner = sub;
  next();
}

export async function sessionInfo(ctx) {
  // ruleid: js/jwt-decode-without-verify
  const claims = (await jwt.decode(ctx.cookies.get('token')));
  ctx.body = { admin: claims.role === 'admin' };
}

export function refreshWithKid(token, keys) {
  // ok: js/jwt-decode-without-verify
  const { header } = jwt.decode(token, { complete: true });
  // ok: js/jwt-decode-without-verify
  return jwt.verify(token, keys[header.kid], { algorithms: ['RS256'] });
}
