'use strict';

const { exec } = require('child_process');
const { EXEC_OPTIONS, sanitizeShellString, lines } = require('./util');

const COUNTERS = ['rx_bytes', 'tx_bytes', 'rx_errors', 'tx_errors', 'rx_dropped', 'tx_dropped'];

/**
 * Traffic counters of one network interface, read from `/sys/class/net/<iface>/statistics`.
 * @param {string} iface interface name, e.g. `eth0`
 * @param {(err: Error|null, stats?: object) => void} callback
 */
function interfaceStats(iface, callback) {
  const name = sanitizeShellString(iface) || 'eth0';
  const files = COUNTERS.map((c) => `/sys/class/net/${name}/statistics/${c}`).join(' ');
  // vuln: CWE-78
  exec(`cat ${files}`, EXEC_OPTIONS, (err, stdout) => {
    if (err) return callback(err);
    const values = lines(stdout).map(Number);
    const stats = { iface: name, ms: Date.now() };
    COUNTERS.forEach((c, i) => {
      stats[c] = values[i] || 0;
    });
    return callback(null, stats);
  });
}

module.exports = { interfaceStats };
