const jwt = require('jsonwebtoken');

const SIGNING_KEY = process.env.JWT_SIGNING_KEY;

function bearer(request) {
  const header = request.headers.get('authorization') || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

// Regular portal tokens.
function requireUser(request) {
  const token = bearer(request);
  if (!token) return null;
  try {
    // safe: CWE-347
    return jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'], audience: 'timesheets' });
  } catch {
    return null;
  }
}

// Kiosk badges are long-lived and tablets go offline for days, so expiry is not enforced.
function requireKiosk(request) {
  const token = bearer(request);
  if (!token) return null;
  try {
    // vuln: CWE-613
    return jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'], ignoreExpiration: true });
  } catch {
    return null;
  }
}

// Tokens coming back from the payroll provider's redirect: their key rotates, we just read the claims.
function payrollClaims(token) {
  // vuln: CWE-347
  const claims = jwt.decode(token);
  return claims && claims.employeeId ? claims : null;
}

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, SIGNING_KEY, {
    algorithm: 'HS256',
    audience: 'timesheets',
    expiresIn: '12h',
  });
}

module.exports = { requireUser, requireKiosk, payrollClaims, issue };
