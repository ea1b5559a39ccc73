/**
 * What an Express app file says about itself, for the app-level configuration rules
 * (js/missing-security-headers, js/csrf): the `express()` apps it creates, what it mounts, and
 * whether part of its set-up happens in another file we cannot see from here.
 */
import type { CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, memberPath, unwrap, walk } from '../frontend/js/ast.js';
import { isRelativeSpecifier } from '../frontend/js/modules.js';

export interface ExpressApp {
  name: string;
  /** The `express()` call. */
  created: Node;
  /** `app.x(...)` calls on this app, in source order. */
  calls: Node[];
  /** The app is handed to a function from another local module (`require('./security')(app)`): set-up we cannot see. */
  configuredElsewhere: boolean;
}

/** Local names bound to relative modules (`const setup = require('./setup')`, `import sec from './sec'`). */
function localModuleNames(ctx: CodeRuleContext): Set<string> {
  const out = new Set<string>();
  for (const [name, b] of ctx.modules.bindings) if (isRelativeSpecifier(b.module) || b.module.startsWith('@/') || b.module.startsWith('~/')) out.add(name);
  return out;
}

export function expressApps(ctx: CodeRuleContext): ExpressApp[] {
  const apps = new Map<string, ExpressApp>();
  walk(ctx.program, [{
    VariableDeclarator(node) {
      const init = node.init && unwrap(node.init);
      if (node.id.type !== 'Identifier' || init?.type !== 'CallExpression') return;
      if (/^express(\.default)?$/.test(ctx.qualifiedName(init.callee) ?? '')) apps.set(node.id.name, { name: node.id.name, created: init, calls: [], configuredElsewhere: false });
    },
  }]);
  if (apps.size === 0) return [];
  const local = localModuleNames(ctx);
  walk(ctx.program, [{
    CallExpression(node) {
      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression') {
        const app = apps.get(memberPath(callee.object) ?? '');
        if (app) app.calls.push(node);
      }
      // setupSecurity(app), require('./middleware')(app), new Server(app).configure()
      const head = (memberPath(callee) ?? '').split('.')[0] ?? '';
      const relativeRequire = callee.type === 'CallExpression' && /^require$/.test(memberPath(callee.callee) ?? '') && isRelativeSpecifier(String(unwrap(callee.arguments[0] ?? callee).value ?? ''));
      if (local.has(head) || relativeRequire) {
        for (const a of node.arguments) {
          const app = apps.get(memberPath(a) ?? '');
          if (app) app.configuredElsewhere = true;
        }
      }
    },
  }]);
  return [...apps.values()];
}

/** `app.use(mw)` arguments that are local-module middleware named like `security`, `headers`, `csp`. */
export function usesLocalMiddlewareNamed(ctx: CodeRuleContext, app: ExpressApp, pattern: RegExp): boolean {
  const local = localModuleNames(ctx);
  return app.calls.some((c) => calleeProperty(c) === 'use' && c.arguments.some((a: Node) => {
    const path = memberPath(unwrap(a).type === 'CallExpression' ? unwrap(a).callee : a) ?? '';
    return local.has(path.split('.')[0] ?? '') && pattern.test(path);
  }));
}
