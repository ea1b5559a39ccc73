import type { CodeRule } from '../rule-api.js';
import { type Node, calleeProperty, memberPath, objectProperty, unwrap } from '../frontend/js/ast.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';
import { isFalseValue } from './_local-values.js';

/** Middleware that renders a listing of a directory's files. */
const LISTING_MIDDLEWARE = /^(serve-index|koa2-serve-index|koa-serve-index|serve-index-75lb)(\.default)?$/;
/** Middleware names that put a login in front of what follows in the same `use()`. */
const AUTH_MIDDLEWARE = /auth|login|logged|session|admin|protect|guard|ensure|require(user|role|staff)|basic|passport|jwt|verify/i;

export const directoryListing: CodeRule = {
  meta: {
    id: 'js/directory-listing',
    title: 'Directory listing on a public path',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [548],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['config', 'exposure', 'express'],
    description: 'A directory listing (`serve-index`, or `@fastify/static` with `list`) is mounted without a login in front of it. Anyone can then enumerate every file in the folder — uploads of other users, exports, backups left next to them — and fetch each one, instead of having to guess names.',
    fix: 'Remove the listing middleware and serve only files whose names the application hands out. If staff need to browse the folder, mount the listing behind authentication (`app.use(\'/uploads\', requireAdmin, serveIndex(dir))`) or build an explicit, authorised file index route.',
    examples: {
      bad: "app.use('/uploads', express.static(uploadDir), serveIndex(uploadDir, { icons: true }));",
      good: "app.use('/uploads', express.static(uploadDir, { index: false }));",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!/index|list/.test(ctx.text)) return {};
      /** Is an auth middleware listed before `arg` in the `use()` call that mounts it? */
      const behindLogin = (arg: Node, ancestors: readonly Node[]) => {
        const use = ancestors[ancestors.length - 1];
        if (use?.type !== 'CallExpression' || !/^(use|get|all)$/.test(calleeProperty(use) ?? '')) return false;
        const before = use.arguments.slice(0, use.arguments.indexOf(arg));
        return before.some((a: Node) => AUTH_MIDDLEWARE.test(memberPath(unwrap(a).type === 'CallExpression' ? unwrap(a).callee : a) ?? ''));
      };
      return {
        CallExpression(node, ancestors) {
          const name = ctx.qualifiedName(node.callee) ?? '';
          if (LISTING_MIDDLEWARE.test(name)) {
            if (!behindLogin(node, ancestors)) ctx.report(node, 'Directory listing (serve-index) mounted without a login: anyone can enumerate and download every file in the folder');
            return;
          }
          // fastify.register(require('@fastify/static'), { root, list: true })
          if (calleeProperty(node) === 'register' && node.arguments.length >= 2) {
            const plugin = unwrap(node.arguments[0]);
            const mod = plugin.type === 'CallExpression' ? ctx.qualifiedName(plugin) : ctx.qualifiedName(plugin);
            if (!/^(@fastify\/static|fastify-static)(\.default)?$/.test(mod ?? '')) return;
            const opts = objectLiteralOf(ctx.program, node.arguments[1]);
            const list = opts && objectProperty(opts, 'list');
            if (list && !isFalseValue(list, ctx.constantValue)) {
              const prop = opts.properties.find((p: Node) => p.type === 'Property' && p.value === list) ?? node;
              ctx.report(prop, 'Directory listing (@fastify/static list) is on: anyone can enumerate and download every file in the served folder');
            }
          }
        },
      };
    },
  },
};
