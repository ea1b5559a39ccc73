'use strict';

const { exec } = require('child_process');

function run(command) {
  return new Promise((resolve, reject) => {
    exec(command, { windowsHide: true }, (err, stdout, stderr) => {
      // lsof and findstr exit with 1 when nothing matches
      if (err && err.code !== 1) return reject(new Error(stderr.trim() || err.message));
      resolve(stdout);
    });
  });
}

function parsePids(output) {
  return [...new Set(output.split(/\s+/).map((s) => parseInt(s, 10)).filter((n) => Number.isInteger(n) && n > 0))];
}

/** Lists the process ids listening on `port` (strings like "3000" are accepted, as the CLI passes them). */
async function pidsOnPort(port, options = {}) {
  const method = options.method || 'tcp';
  if (process.platform === 'win32') {
    // vuln: CWE-78
    const out = await run(`netstat -nao -p ${method} | findstr :${port}`);
    return parsePids(out.split(/\r?\n/).map((line) => line.trim().split(/\s+/).pop()).join(' '));
  }
  const state = method === 'tcp' ? ' -sTCP:LISTEN' : '';
  // vuln: CWE-78
  const out = await run(`lsof -t -i ${method}:${port}${state}`);
  return parsePids(out);
}

async function killPort(port, options = {}) {
  if (port === undefined || port === null || port === '') throw new Error('portkill: no port given');
  const signal = options.signal || 'SIGKILL';
  const pids = await pidsOnPort(port, options);
  for (const pid of pids) {
    if (pid === process.pid) continue;
    try {
      // safe: CWE-78
      process.kill(pid, signal);
    } catch (err) {
      if (err.code !== 'ESRCH') throw err;
    }
  }
  return { port, pids };
}

module.exports = { killPort, pidsOnPort, parsePids };
