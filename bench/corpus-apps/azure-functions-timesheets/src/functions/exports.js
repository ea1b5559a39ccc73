const { app } = require('@azure/functions');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const path = require('path');
const { requireUser } = require('../lib/auth');
const { serverError } = require('../lib/responses');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const EXPORT_DIR = process.env.EXPORT_DIR || '/tmp/exports';

// Payroll wants a CSV per period; bcp is installed in the custom container image.
app.http('exportPeriod', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'exports/period',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user || user.role !== 'payroll') return { status: 403 };
    const { period, fileName } = await request.json();
    if (!/^\d{4}-\d{2}$/.test(period)) return { status: 400, jsonBody: { error: 'period must be YYYY-MM' } };
    const out = path.join(EXPORT_DIR, `${period}.csv`);
    try {
      // safe: CWE-78
      await execFileAsync('bcp', [`EXEC dbo.ExportPeriod '${period}'`, 'queryout', out, '-c', '-t,', '-S', process.env.SQL_SERVER, '-d', process.env.SQL_DATABASE, '-G']);
      return { status: 200, jsonBody: { file: path.basename(out), label: fileName } };
    } catch (err) {
      return serverError(context, err);
    }
  },
});

// Archive the exports of a client into a zip the account manager names.
app.http('exportArchive', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'exports/archive',
  handler: async (request, context) => {
    const user = requireUser(request);
    if (!user || user.role !== 'payroll') return { status: 403 };
    const body = await request.json();
    try {
      // vuln: CWE-78
      const { stdout } = await execAsync(`cd ${EXPORT_DIR} && zip -q ${body.archiveName}.zip ${body.period}*.csv && ls -l ${body.archiveName}.zip`);
      return { status: 200, body: stdout };
    } catch (err) {
      return serverError(context, err);
    }
  },
});
