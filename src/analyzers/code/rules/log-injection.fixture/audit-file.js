import fs from 'node:fs';
import express from 'express';

const config = { paths: { auditLog: '/var/log/shop/audit.log', exportsDir: '/srv/exports' } };
const app = express();

// A plain-text audit trail, one event per line.
function audit(actor, action, detail = '') {
  const line = `${new Date().toISOString()} actor=${actor} action=${action} ${detail}\n`;
  // ruleid: js/log-injection
  fs.appendFileSync(config.paths.auditLog, line);
}

// JSON lines: JSON.stringify escapes the newlines.
function auditJson(actor, action, detail = {}) {
  // ok: js/log-injection
  fs.appendFileSync(config.paths.auditLog.replace(/\.log$/, '.jsonl'), JSON.stringify({ actor, action, detail }) + '\n');
}

app.post('/coupon', (req, res) => {
  audit(req.user.id, 'coupon.apply', `code=${req.body.code}`);
  auditJson(req.user.id, 'coupon.apply', { code: req.body.code });
  // ruleid: js/log-injection
  fs.promises.appendFile('/var/log/shop/access.log', `${req.ip} ${req.query.ref}\n`);
  // A CSV export, not a log.
  // ok: js/log-injection
  fs.appendFileSync(`${config.paths.exportsDir}/coupons.csv`, `${req.body.code}\n`);
  res.sendStatus(204);
});
