'use strict';

const { execSync, execFileSync } = require('child_process');

function restartUnit(unit) {
  // ruleid: js/command-injection
  return execSync(`systemctl restart ${unit}`).toString();
}

function stopUnit(unit) {
  // ruleid: js/command-injection
  return execSync('systemctl stop ' + unit).toString();
}

function unitStatus(unit) {
  // ok: js/command-injection
  return execFileSync('systemctl', ['status', '--', String(unit)]).toString();
}

module.exports = { restartUnit, stopUnit, unitStatus };
