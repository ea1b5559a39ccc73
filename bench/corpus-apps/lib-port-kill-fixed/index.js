'use strict';

const { killPort, pidsOnPort } = require('./lib/kill');

/**
 * portkill(port, options?)
 *   port: number or string ("3000"); several ports: portkill([3000, 3001])
 *   options.method: 'tcp' (default) or 'udp'
 *   options.signal: 'SIGKILL' (default) or 'SIGTERM'
 */
function portkill(port, options = {}) {
  if (Array.isArray(port)) return Promise.all(port.map((p) => killPort(p, options)));
  return killPort(port, options);
}

module.exports = portkill;
module.exports.portkill = portkill;
module.exports.pidsOnPort = pidsOnPort;
