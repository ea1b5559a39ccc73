const { exec, execFile } = require('child_process');
const util = require('util');
const path = require('path');
const os = require('os');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

module.exports = {
  friendlyName: 'Render barcode',
  description: 'Render a spine label barcode PNG with zint.',

  inputs: {
    text: { type: 'string', required: true },
    symbology: { type: 'string', defaultsTo: 'code128' },
    qr: { type: 'boolean', defaultsTo: false },
  },

  fn: async function ({ text, symbology, qr }) {
    const out = path.join(os.tmpdir(), `label-${Date.now()}.png`);
    if (qr) {
      // safe: CWE-78
      await execFileAsync('qrencode', ['-o', out, '-s', '6', '--', text]);
      return out;
    }
    // vuln: CWE-78
    await execAsync(`zint --barcode=${symbology} --height=40 -o ${out} -d "${text}"`);
    return out;
  },
};
