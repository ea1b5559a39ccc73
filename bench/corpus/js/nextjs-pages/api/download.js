import fs from 'fs';
import path from 'path';

const DOCS_DIR = path.join(process.cwd(), 'private-docs');

export default function handler(req, res) {
  const { file } = req.query;
  const fullPath = path.join(DOCS_DIR, file);
  // ruleid: js/path-traversal
  const stream = fs.createReadStream(fullPath);
  res.setHeader('Content-Disposition', `attachment; filename="${path.basename(fullPath)}"`);
  stream.pipe(res);
}
