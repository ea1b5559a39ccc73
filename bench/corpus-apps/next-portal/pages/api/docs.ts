import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'fs';
import path from 'path';

const DOCS_DIR = path.join(process.cwd(), 'content', 'docs');

export default function docs(req: NextApiRequest, res: NextApiResponse) {
  const file = String(req.query.file);
  if (req.query.safe) {
    // safe: CWE-22
    const content = fs.readFileSync(path.join(DOCS_DIR, path.basename(file)), 'utf8');
    return res.status(200).send(content);
  }
  // vuln: CWE-22
  const content = fs.readFileSync(path.join(DOCS_DIR, file), 'utf8');
  return res.status(200).send(content);
}
