'use strict';

const { execFile } = require('child_process');
const { EXEC_OPTIONS, isInterfaceName, lines } = require('./util');

const COUNTERS = ['rx_bytes', 'tx_bytes', 'rx_errors', 'tx_errors', 'rx_dropped', 'tx_dropped'];

/**
 * Traffic counters of one network interface, read from `/sys/class/net/<iface>/statistics`.
 * @param {string} iface interface name, e.g. `eth0`
 * @param {(err: Error|null, stats?: object) => void} callback
 */
function interfaceStats(iface, callback) {
  const name = iface == null || iface === '' ? 'eth0' : String(iface).trim();
  if (!isInterfaceName(name)) return callback(new TypeError(`invalid interface name: ${iface}`));
  const files = COUNTERS.map((c) => `/sys/class/net/${name}/statistics/${c}`);
  // safe: CWE-78
  execFile('cat', ['--', ...files], EXEC_OPTIONS, (err, stdout) => {
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
