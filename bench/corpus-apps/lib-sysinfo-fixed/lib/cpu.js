'use strict';

const { exec } = require('child_process');
const { EXEC_OPTIONS, lines } = require('./util');

/**
 * Model, core count and current frequency from `/proc/cpuinfo`.
 * @param {(err: Error|null, info?: object) => void} callback
 */
function cpuInfo(callback) {
  exec('cat /proc/cpuinfo', EXEC_OPTIONS, (err, stdout) => {
    if (err) return callback(err);
    const info = { model: '', cores: 0, mhz: 0 };
    for (const line of lines(stdout)) {
      const [key, value = ''] = line.split(':').map((s) => s.trim());
      if (key === 'model name' && !info.model) info.model = value;
      if (key === 'processor') info.cores += 1;
      if (key === 'cpu MHz') info.mhz = Math.max(info.mhz, parseFloat(value) || 0);
    }
    return callback(null, info);
  });
}

module.exports = { cpuInfo };
