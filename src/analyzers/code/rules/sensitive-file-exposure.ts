import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, objectProperty, stringValue, unwrap } from '../frontend/js/ast.js';
import { objectLiteralOf, resolveValue } from '../frontend/js/bindings.js';

/** Static-file middleware whose first argument is the folder it serves. */
const STATIC_MIDDLEWARE = /^(express\.static|serve-static|koa-static|koa-static-cache|@koa\/static|st|ecstatic|sirv)(\.default)?$/;
/** Folder names that hold what must never be downloadable: logs, keys, certificates, backups, dumps, VCS data. */
const SENSITIVE_SEGMENT = /^(logs?|keys?|secrets?|backups?|bak|dumps?|private|certs?|certificates|ssl|tls|\.git|\.ssh|\.aws|credentials|db-?dumps?|db-?backups?|sql-?dumps?)$/i;

/** The path segments a folder expression is built from, as far as they are written in this file. */
function pathSegments(ctx: CodeRuleContext, node: Node | undefined, depth = 0): { segments: string[]; projectRoot: boolean } {
  const out = { segments: [] as string[], projectRoot: false };
  if (!node || depth > 4) return out;
  const n = unwrap(resolveValue(ctx.program, node).value);
  const s = stringValue(n);
  if (s !== undefined) {
    out.segments.push(...s.split(/[\\/]+/).filter(Boolean));
    out.projectRoot = /^\.?\/?$/.test(s);
    return out;
  }
  if (n.type === 'Identifier' && n.name === '__dirname') return { segments: [], projectRoot: true };
  if (n.type === 'CallExpression') {
    const name = ctx.qualifiedName(n.callee) ?? '';
    if (/^process\.cwd$/.test(name)) return { segments: [], projectRoot: true };
    if (/^path\.(join|resolve)$/.test(name) || /^(join|resolve)$/.test(name)) {
      const parts = n.arguments.map((a: Node) => pathSegments(ctx, a, depth + 1));
      const segments = parts.flatMap((p: { segments: string[] }) => p.segments);
      // path.join(__dirname) / path.resolve('.'): the folder the code itself lives in.
      const rootOnly = parts.length > 0 && parts[0]!.projectRoot && segments.every((x: string) => x === '.');
      return { segments, projectRoot: rootOnly };
    }
  }
  if (n.type === 'TemplateLiteral') {
    for (const q of n.quasis) out.segments.push(...String(q.value.cooked ?? '').split(/[\\/]+/).filter(Boolean));
  }
  return out;
}

export const sensitiveFileExposure: CodeRule = {
  meta: {
    id: 'js/sensitive-file-exposure',
    title: 'Logs, keys or backups served as static files',
    analyzer: 'code',
    severity: 'high',
    confidence: 'medium',
    cwe: [552, 538],
    owasp: 'A01:2021-Broken Access Control',
    tags: ['config', 'exposure', 'express'],
    description: 'A static-file middleware serves a folder of logs, keys, certificates, backups or dumps (by its folder or its mount path), the project folder itself (`express.static(__dirname)`: source code, configuration, private keys), or dot-files (`dotfiles: \'allow\'`: `.env`, `.git`). Everything in it can be downloaded by anyone who guesses the name — and log and backup names are easy to guess.',
    fix: 'Serve only a dedicated `public/` folder that holds nothing but assets (`express.static(path.join(__dirname, \'public\'))`), keep logs, keys and backups outside it, and leave `dotfiles` at its default (`ignore`). If operators need logs over HTTP, put them behind an authenticated admin route or use a log shipper.',
    examples: {
      bad: "app.use('/logs', express.static(path.join(__dirname, 'logs')));",
      good: "app.use(express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!/static|serve|sirv/i.test(ctx.text)) return {};
      return {
        CallExpression(node, ancestors) {
          const name = ctx.qualifiedName(node.callee) ?? '';
          if (!STATIC_MIDDLEWARE.test(name)) return;
          const { segments, projectRoot } = pathSegments(ctx, node.arguments[0]);
          const use = ancestors[ancestors.length - 1];
          const mount = use?.type === 'CallExpression' && calleeProperty(use) === 'use' ? stringValue(use.arguments[0]) ?? '' : '';
          const sensitive = [...segments, ...mount.split('/')].find((s) => SENSITIVE_SEGMENT.test(s));
          const opts = objectLiteralOf(ctx.program, node.arguments[1]);
          const dotfiles = opts ? ctx.constantValue(objectProperty(opts, 'dotfiles')) : undefined;
          if (sensitive) {
            ctx.report(node, `Static files served from a '${sensitive}' folder: anyone can download what it holds by guessing file names`);
          } else if (projectRoot) {
            ctx.report(node, 'Static files served from the project folder itself: source code, configuration and keys in it can be downloaded');
          } else if (dotfiles === 'allow') {
            ctx.report(node, "Static files served with dotfiles: 'allow': .env, .git and other dot-files in the folder can be downloaded");
          }
        },
      };
    },
  },
};
