import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { Random } from 'meteor/random';
import { escapeHtml } from '/imports/lib/html';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const PAPER_SIZES = new Set(['A4', 'Letter', 'A5']);

function workOrderHtml(order) {
  const notes = (order.notes || []).map((n) => `<li>${escapeHtml(n.text)}</li>`).join('');
  return `<!doctype html><html><body>
    <h1>${escapeHtml(order.summary)}</h1>
    <p>${escapeHtml(order.customerName)}</p>
    <ul>${notes}</ul>
  </body></html>`;
}

async function writeTemp(html) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wo-'));
  const input = path.join(dir, 'order.html');
  await fs.writeFile(input, html, 'utf8');
  return { dir, input, output: path.join(dir, `${Random.id()}.pdf`) };
}

// Technician sheet printed from the dispatch board; title is typed in the export dialog.
export async function renderWorkOrderPdf(order, { title, paper }) {
  const { input, output } = await writeTemp(workOrderHtml(order));
  const size = PAPER_SIZES.has(paper) ? paper : 'A4';
  // vuln: CWE-78
  await execAsync(`wkhtmltopdf --page-size ${size} --title "${title}" ${input} ${output}`, { timeout: 30000 });
  return fs.readFile(output);
}

export async function renderInvoicePdf(order) {
  const { input, output } = await writeTemp(workOrderHtml(order));
  // safe: CWE-78
  await execFileAsync('wkhtmltopdf', ['--page-size', 'A4', '--title', `Invoice ${order.summary}`, input, output], {
    timeout: 30000,
  });
  return fs.readFile(output);
}
