'use strict';

const { exec, execFile } = require('child_process');
const { EXEC_OPTIONS, isProcessName, lines } = require('./util');

function parsePsRows(stdout) {
  return lines(stdout).map((row) => {
    const [pid, pcpu, pmem, ...command] = row.split(/\s+/);
    return { pid: Number(pid), cpu: Number(pcpu), mem: Number(pmem), command: command.join(' ') };
  });
}

/**
 * CPU and memory use of the processes with the given names.
 * @param {string|string[]} names `"nginx, postgres"` or `["nginx", "postgres"]`
 * @param {(err: Error|null, rows?: object[]) => void} callback
 */
function processLoad(names, callback) {
  const list = (Array.isArray(names) ? names : String(names).split(','))
    .map((n) => String(n).trim())
    .filter(Boolean);
  if (list.length === 0) return callback(null, []);
  const invalid = list.find((n) => !isProcessName(n));
  if (invalid !== undefined) return callback(new TypeError(`invalid process name: ${invalid}`));
  // safe: CWE-78
  execFile('ps', ['-C', list.join(','), '-o', 'pid=,pcpu=,pmem=,comm='], EXEC_OPTIONS, (err, stdout) => {
    // ps exits with 1 when nothing matched
    if (err && err.code !== 1) return callback(err);
    return callback(null, parsePsRows(stdout));
  });
}

/**
 * CPU and memory use of one process id.
 * @param {number|string} pid
 * @param {(err: Error|null, row?: object|null) => void} callback
 */
function pidInfo(pid, callback) {
  const id = Number.parseInt(pid, 10);
  if (!Number.isInteger(id) || id <= 0) return callback(new TypeError(`invalid pid: ${pid}`));
  exec(`ps -p ${id} -o pid=,pcpu=,pmem=,comm=`, EXEC_OPTIONS, (err, stdout) => {
    if (err && err.code !== 1) return callback(err);
    return callback(null, parsePsRows(stdout)[0] || null);
  });
}

module.exports = { processLoad, pidInfo };
