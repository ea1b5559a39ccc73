import type { Request, Response } from 'express';
import axios from 'axios';
import escapeHtml from 'escape-html';

const DOC_HOST = 'docs.billing.example.com';

// Shows an invoice template hosted anywhere, as the customer will see it.
export async function previewTemplate(req: Request, res: Response) {
  // vuln: CWE-918
  const upstream = await axios.get<string>(String(req.query.url), { responseType: 'text', timeout: 5000 });
  res.type('html');
  // vuln: CWE-79
  res.send(upstream.data);
}

export async function previewDocsPage(req: Request, res: Response) {
  const page = String(req.query.page ?? 'index').replace(/[^a-z0-9-]/gi, '');
  // safe: CWE-918
  const upstream = await axios.get<string>(`https://${DOC_HOST}/pages/${page}.md`, { responseType: 'text', timeout: 5000 });
  res.type('html');
  // safe: CWE-79
  res.send(`<pre class="doc">${escapeHtml(upstream.data)}</pre>`);
}
