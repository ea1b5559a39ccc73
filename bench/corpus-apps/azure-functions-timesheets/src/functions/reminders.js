const { app } = require('@azure/functions');
const { execFile } = require('child_process');
const { promisify } = require('util');
const timesheets = require('../repositories/timesheets');

const execFileAsync = promisify(execFile);

// Mondays 07:00 UTC: nudge contractors with drafts older than a week.
app.timer('draftReminders', {
  schedule: '0 0 7 * * 1',
  handler: async (myTimer, context) => {
    const pending = await timesheets.pendingOlderThan(7);
    context.log(`found ${pending.length} stale drafts`);
    for (const row of pending) {
      context.log(`reminder queued for employee ${Number(row.EmployeeId)}`);
    }
  },
});

// Nightly: prune old exports with the system tool (fixed arguments).
app.timer('pruneExports', {
  schedule: '0 30 2 * * *',
  handler: async (myTimer, context) => {
    // safe: CWE-78
    const { stdout } = await execFileAsync('find', [process.env.EXPORT_DIR || '/tmp/exports', '-type', 'f', '-mtime', '+30', '-delete', '-print']);
    context.log(`pruned: ${stdout.split('\n').filter(Boolean).length} files`);
  },
});
