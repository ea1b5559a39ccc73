'use strict';

const { execFile } = require('child_process');
const path = require('path');
const os = require('os');
const fs = require('fs/promises');
const crypto = require('crypto');

// Renders the shipping label HTML to PDF with a fixed wkhtmltopdf command line.
async function renderLabelPdf(html) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'label-'));
  const src = path.join(dir, 'label.html');
  const out = path.join(dir, `${crypto.randomUUID()}.pdf`);
  await fs.writeFile(src, html, 'utf8');
  await new Promise((resolve, reject) => {
    // safe: CWE-78
    execFile('wkhtmltopdf', ['--page-width', '100mm', '--page-height', '150mm', '--disable-javascript', src, out], (err) => (err ? reject(err) : resolve()));
  });
  return out;
}

module.exports = { renderLabelPdf };
