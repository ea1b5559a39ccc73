const { app } = require('@azure/functions');
const timesheets = require('../repositories/timesheets');
const { requireUser } = require('../lib/auth');
const { json } = require('../lib/responses');

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

app.http('reportWeekFilter', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'reports/weeks',
  handler: async (request) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const rows = await timesheets.byEmployee(Number(user.sub), 'week');
    const pattern = request.query.get('pattern');
    const mode = request.query.get('mode');
    if (pattern && mode === 'regex') {
      const re = new RegExp(pattern);
      // vuln: CWE-400
      return json(200, rows.filter((r) => re.test(String(r.Status))), request);
    }
    if (pattern) {
      const plain = new RegExp(escapeRegExp(pattern.slice(0, 64)), 'i');
      // safe: CWE-400
      return json(200, rows.filter((r) => plain.test(String(r.Status))), request);
    }
    return json(200, rows, request);
  },
});
