const PAYROLL_BASE = process.env.PAYROLL_API_BASE || 'https://api.payroll.example';
const ALLOWED_HOOK_HOSTS = new Set(['hooks.slack.com', 'outlook.office.com', 'prod-00.westeurope.logic.azure.com']);

async function payrollEmployee(employeeId) {
  // safe: CWE-918
  const res = await fetch(`${PAYROLL_BASE}/v1/employees/${encodeURIComponent(employeeId)}`, {
    headers: { 'x-api-key': process.env.PAYROLL_API_KEY },
  });
  return res.ok ? res.json() : null;
}

// Called when a team lead registers a Teams/Slack/Logic App webhook.
async function verifyHook(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !ALLOWED_HOOK_HOSTS.has(parsed.hostname)) {
    throw new Error('webhook host not allowed');
  }
  // safe: CWE-918
  const res = await fetch(parsed, { method: 'POST', body: JSON.stringify({ text: 'Timesheets connected' }) });
  return res.status;
}

// "Send test event" button: re-sends to whatever URL the client form holds.
async function sendTestEvent(url, payload) {
  // vuln: CWE-918
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { status: res.status, body: (await res.text()).slice(0, 500) };
}

module.exports = { payrollEmployee, verifyHook, sendTestEvent };
