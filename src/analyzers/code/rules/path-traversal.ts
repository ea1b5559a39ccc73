import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, isFunction, memberPath, objectProperty, unwrap, walk } from '../frontend/js/ast.js';
import { describeFlow } from './_taint-message.js';
import { PRESERVE_PATH } from '../models/sources.js';

/** Calls that keep only a safe part of a name: its extension or last segment, or a cleaned copy. */
const NAME_REDUCERS = /(^|\.)(extname|basename|sanitize|sanitizeFilename|slugify|replace|replaceAll|randomUUID|uuid|v4)$/;

/**
 * multer's disk storage writes the upload to `join(destination, filename(req, file))`. multer (through
 * busboy) keeps only the last segment of the client's name and drops `.`/`..`, unless it is created
 * with `preservePath: true`: then a `filename` callback that hands back `file.originalname` (whole,
 * or inside a longer name) lets `../` in that name place the file anywhere the server can write.
 */
function multerFilename(ctx: CodeRuleContext, call: Node): void {
  if (!/^multer\.diskStorage$/.test(ctx.qualifiedName(call.callee) ?? '')) return;
  if (!PRESERVE_PATH.test(ctx.source(ctx.program))) return;
  const fn = unwrap(objectProperty(call.arguments[0], 'filename') ?? call);
  if (!isFunction(fn) || fn.params.length < 3) return;
  const file = fn.params[1]?.type === 'Identifier' ? fn.params[1].name : undefined;
  const cb = fn.params[2]?.type === 'Identifier' ? fn.params[2].name : undefined;
  if (!file || !cb) return;
  walk(fn.body, [{
    CallExpression(c) {
      if (unwrap(c.callee).type !== 'Identifier' || unwrap(c.callee).name !== cb || !c.arguments[1]) return;
      let raw = false;
      walk(c.arguments[1], [{
        MemberExpression(m, inner) {
          if (memberPath(m) !== `${file}.originalname`) return;
          // (Inside `path.extname(…)`, `sanitize(…)` and the like, only a safe part is kept.)
          if (!inner.some((a) => a.type === 'CallExpression' && NAME_REDUCERS.test(memberPath(unwrap(a.callee)) ?? ''))) raw = true;
        },
      }]);
      if (raw) ctx.report(c.arguments[1], "Path traversal: multer keeps the client's directories (preservePath: true) and diskStorage filename() returns file.originalname, so a name with ../ is written outside the upload folder");
    },
  }]);
}

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
    description: "A file path built from user input is opened, written, deleted, sent or loaded as a module (`fs.*`, `res.sendFile`, `res.download`, `require(path.join(dir, name))`), or multer's disk storage names an upload after the client's `file.originalname` while multer keeps the client's directories (`preservePath: true`; by default it keeps only the base name). Sequences like `../` let an attacker reach files outside the intended folder, such as `/etc/passwd`, `.env` or source code.",
    fix: 'Reduce the input to a file name with `path.basename()`, or resolve it against a base directory and check containment: `const p = path.resolve(BASE, name); if (!p.startsWith(BASE + path.sep)) return res.sendStatus(400);`. With Express, `res.sendFile(name, { root: BASE })` does that check for you.',
    examples: {
      bad: "app.get('/files/:name', (req, res) => {\n  res.sendFile(path.join(__dirname, 'uploads', req.params.name));\n});",
      good: "app.get('/files/:name', (req, res) => {\n  res.sendFile(path.basename(req.params.name), { root: path.join(__dirname, 'uploads') });\n});",
    },
  },
  pattern: {
    create: (ctx) => (ctx.modules.specifiers.has('multer') ? { CallExpression: (node) => multerFilename(ctx, node) } : {}),
  },
  taint: {
    kinds: ['path'],
    // (An archive entry's own name is js/zip-slip's, where it names a file written.)
    accept: (flow) => flow.source.category !== 'archive',
    message: (flow) => `Path traversal: ${describeFlow(flow)} as a file path`,
  },
};
