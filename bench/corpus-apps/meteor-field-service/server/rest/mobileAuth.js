import jwt from 'jsonwebtoken';
import { config } from '../config';

export function issueMobileToken(technician) {
  return jwt.sign(
    { sub: technician._id, orgId: technician.orgId, badge: technician.badgeNumber },
    config.mobileJwtSecret,
    { algorithm: 'HS256', expiresIn: '12h' },
  );
}

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

export function requireTechnician(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    // safe: CWE-347
    req.technician = jwt.verify(token, config.mobileJwtSecret, { algorithms: ['HS256'] });
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

// Offline mode: the app queues uploads while out of coverage and replays them later,
// sometimes after the token expired, so the sync endpoint only reads who sent them.
export function identifyOfflineTechnician(req, res, next) {
  const token = bearer(req);
  // vuln: CWE-347
  const claims = token && jwt.decode(token);
  if (!claims?.sub || !claims?.orgId) return res.status(401).json({ error: 'invalid token' });
  req.technician = claims;
  return next();
}
