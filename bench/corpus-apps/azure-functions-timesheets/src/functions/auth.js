const { app } = require('@azure/functions');
const { payrollClaims, issue } = require('../lib/auth');

const APP_URL = process.env.APP_URL || 'https://timesheets.contoso.example';

// Payroll provider SSO lands here: /api/auth/payroll?token=...&redirect_uri=...
app.http('payrollSsoCallback', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'auth/payroll',
  handler: async (request) => {
    const claims = payrollClaims(request.query.get('token') || '');
    if (!claims) return { status: 401 };
    const session = issue({ id: claims.employeeId, role: claims.role || 'contractor' });
    const redirectUri = request.query.get('redirect_uri') || APP_URL;
    return {
      status: 302,
      // vuln: CWE-601
      headers: { location: `${redirectUri}#token=${session}` },
    };
  },
});

app.http('signOut', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'auth/signout',
  handler: async (request) => {
    const back = request.query.get('back') || '/';
    const target = /^\/(?![\/\\])/.test(back) ? back : '/';
    return {
      status: 302,
      cookies: [{ name: 'ts_session', value: '', maxAge: 0, httpOnly: true, secure: true, sameSite: 'Strict' }],
      // safe: CWE-601
      headers: { location: new URL(target, APP_URL).toString() },
    };
  },
});
