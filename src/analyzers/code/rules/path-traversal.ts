import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const pathTraversal: CodeRule = {
  meta: {
    id: 'js/path-traversal',
    title: 'Path traversal',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [22],
    owasp: 'A01:2021-Broken Access Control',
    tags: ['path', 'file', 'ai-common'],
    description: 'A file path built from user input is opened, written, deleted or sent (`fs.*`, `res.sendFile`, `res.download`). Sequences like `../` let an attacker reach files outside the intended folder, such as `/etc/passwd`, `.env` or source code.',
    fix: 'Reduce the input to a file name with `path.basename()`, or resolve it against a base directory and check containment: `const p = path.resolve(BASE, name); if (!p.startsWith(BASE + path.sep)) return res.sendStatus(400);`. With Express, `res.sendFile(name, { root: BASE })` does that check for you.',
    examples: {
      bad: "app.get('/files/:name', (req, res) => {\n  res.sendFile(path.join(__dirname, 'uploads', req.params.name));\n});",
      good: "app.get('/files/:name', (req, res) => {\n  res.sendFile(path.basename(req.params.name), { root: path.join(__dirname, 'uploads') });\n});",
    },
  },
  taint: {
    kinds: ['path'],
    message: (flow) => `Path traversal: ${describeFlow(flow)} as a file path`,
  },
};
