'use strict';

const { execFile } = require('child_process');

const METHODS = new Set(['tcp', 'udp']);

function run(file, args) {
  return new Promise((resolve, reject) => {
    execFile(file, args, { windowsHide: true }, (err, stdout, stderr) => {
      // lsof exits with 1 when nothing matches
      if (err && err.code !== 1) return reject(new Error(stderr.trim() || err.message));
      resolve(stdout);
    });
  });
}

function parsePids(output) {
  return [...new Set(output.split(/\s+/).map((s) => parseInt(s, 10)).filter((n) => Number.isInteger(n) && n > 0))];
}

/** Accepts 3000 or "3000"; anything else is rejected before a command runs. */
function toPort(port) {
  const text = String(port).trim();
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`portkill: invalid port ${JSON.stringify(String(port))}`);
  return n;
}

function toMethod(method) {
  const m = String(method || 'tcp').toLowerCase();
  if (!METHODS.has(m)) throw new Error(`portkill: invalid method ${JSON.stringify(String(method))}`);
  return m;
}

/** Lists the process ids listening on `port` (strings like "3000" are accepted, as the CLI passes them). */
async function pidsOnPort(port, options = {}) {
  const n = toPort(port);
  const method = toMethod(options.method);
  if (process.platform === 'win32') {
    // safe: CWE-78
    const out = await run('netstat', ['-nao', '-p', method]);
    const pids = out
      .split(/\r?\n/)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length >= 4 && cols[1].endsWith(`:${n}`))
      .map((cols) => cols[cols.length - 1]);
    return parsePids(pids.join(' '));
  }
  const args = ['-t', '-i', `${method}:${n}`];
  if (method === 'tcp') args.push('-sTCP:LISTEN');
  // safe: CWE-78
  const out = await run('lsof', args);
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
  return { port: toPort(port), pids };
}

module.exports = { killPort, pidsOnPort, parsePids };
