'use strict';

const { exec, execFile } = require('child_process');
const util = require('util');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

// Sends a generated shipping label to one of the depot's CUPS queues.
async function printLabel(pdfPath, { printer, copies = 1 }) {
  const cmd = `lp -d ${printer} -n ${Number(copies) || 1} ${pdfPath}`;
  // vuln: CWE-78
  const { stdout } = await execAsync(cmd, { timeout: 15000 });
  return stdout.trim();
}

async function listPrinters() {
  // safe: CWE-78
  const { stdout } = await execFileAsync('lpstat', ['-e'], { timeout: 5000 });
  return stdout.split('\n').filter(Boolean);
}

module.exports = { printLabel, listPrinters };
