const express = require('express');
const { exec } = require('child_process');
const ctl = require('../controllers/exports');
const { makeArchiver } = require('../controllers/exports');

const router = express.Router();
const audit = (r, s, n) => n();

function statusHandler(kind) {
  return (r, s) => {
    // ruleid: js/command-injection
    exec(`systemctl status ${kind}-${r.query.unit}`);
    s.end();
  };
}

router.get('/export.csv', ctl.exportCsv);
router.get('/export.json', ctl.exportJson);
router.post('/archive/:prefix', audit, makeArchiver('backups'));
router.get('/status', statusHandler('app'));
router.post('/restart', [audit, (r, s) => {
  // ruleid: js/command-injection
  exec('systemctl restart ' + r.body.unit);
  s.end();
}]);
router.route('/logs/:day').get(function (r, s) {
  // ruleid: js/command-injection
  exec('zcat /var/log/app-' + r.params.day + '.gz');
  s.end();
}).delete((r, s) => {
  // ok: js/command-injection
  exec('rm /var/log/app-' + Number(r.params.day) + '.gz');
  s.end();
});

module.exports = router;
