import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, children, isFunction, memberPath, propertyName, unwrap } from '../frontend/js/ast.js';
import { definitionOf } from '../frontend/js/bindings.js';
import { nameWords } from './_names.js';

const STORAGE = /^(window\.|globalThis\.|self\.)?(localStorage|sessionStorage)$/;
const STORAGE_METHODS = new Set(['getItem', 'setItem', 'removeItem', 'clear', 'key', 'length']);
const AUTHZ_WORDS = new Set(['role', 'roles', 'admin', 'admins', 'isadmin', 'permission', 'permissions', 'privilege', 'privileges', 'superuser', 'staff', 'moderator', 'premium', 'subscription', 'subscribed', 'plan', 'tier', 'vip', 'pro', 'paid', 'authenticated', 'authorized', 'authorised', 'logged', 'loggedin', 'level', 'usertype', 'scope', 'scopes', 'entitlements', 'owner']);
/** Keys that hold a credential the server checks, or a preference: presence checks on these are UX, not authorisation. */
const NEUTRAL_WORDS = new Set(['token', 'jwt', 'theme', 'lang', 'language', 'locale', 'color', 'mode', 'sidebar', 'layout', 'cart', 'draft', 'tab', 'page', 'redirect', 'url', 'name', 'email', 'avatar']);

function authzName(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name);
  if (w.some((x) => NEUTRAL_WORDS.has(x))) return false;
  return w.some((x) => AUTHZ_WORDS.has(x)) || (w[0] === 'is' && w[1] === 'auth') || (w.includes('user') && w.includes('type')) || (w.includes('access') && w.includes('level'));
}

interface Read { key: string | undefined }

/** Expressions a function returns (its own returns, not those of nested functions). */
function returnedValues(fn: Node): Node[] {
  if (fn.body?.type !== 'BlockStatement') return fn.body ? [fn.body] : [];
  const out: Node[] = [];
  const visit = (n: Node) => {
    if (n.type === 'ReturnStatement') {
      if (n.argument) out.push(n.argument);
      return;
    }
    if (isFunction(n) || n.type === 'ClassDeclaration' || n.type === 'ClassExpression') return;
    for (const c of children(n)) visit(c);
  };
  visit(fn.body);
  return out;
}

/** A read of client-controlled state: Web Storage, js-cookie, document.cookie. */
function storageRead(ctx: CodeRuleContext, node: Node): Read | undefined {
  const n = unwrap(node);
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee);
    const obj = callee.type === 'MemberExpression' ? memberPath(callee.object) : undefined;
    if (obj && STORAGE.test(obj) && propertyName(callee) === 'getItem') {
      const k = ctx.constantValue(n.arguments[0]);
      return { key: typeof k === 'string' ? k : undefined };
    }
    const name = ctx.qualifiedName(n.callee) ?? '';
    if (/^(js-cookie\.get|js-cookie\.default\.get|Cookies\.get|cookies\.get|universal-cookie\.get)$/.test(name) || /^(getCookie)$/.test(name)) {
      const k = ctx.constantValue(n.arguments[0]);
      return { key: typeof k === 'string' ? k : undefined };
    }
  }
  if (n.type === 'MemberExpression') {
    const obj = memberPath(n.object);
    const prop = propertyName(n);
    if (obj && STORAGE.test(obj) && prop && !STORAGE_METHODS.has(prop)) return { key: prop };
  }
  return undefined;
}

/** Cheap pre-filter: a file without client-side storage cannot match (skips the visitors). */
const FILE_GATE = /localStorage|sessionStorage|document\.cookie|Cookies\.get|cookies\.get|getCookie|js-cookie|universal-cookie/;

export const clientSideAuthorization: CodeRule = {
  meta: {
    id: 'js/client-side-authorization',
    title: 'Authorization decided from client-side storage',
    analyzer: 'code',
    severity: 'high',
    confidence: 'medium',
    cwe: [602, 639],
    owasp: 'A01:2021-Broken Access Control',
    tags: ['auth', 'access-control', 'client', 'ai-common'],
    description: "Browser code decides who is an admin, who is logged in or which plan a user has from values in `localStorage`, `sessionStorage` or cookies read in JavaScript (`localStorage.getItem('role') === 'admin'`, `JSON.parse(localStorage.getItem('user')).isAdmin`). The user controls that storage: one line in the dev-tools console unlocks the admin UI, and any data or action that is not checked again on the server is exposed.",
    fix: "Treat client-side checks as cosmetic. Decide access on the server for every request from the verified session or JWT (e.g. `requireRole('admin')` middleware) and return 403; let the UI ask the server who the user is (`GET /api/me`) instead of trusting stored flags. Keep only the token in storage (or better, an httpOnly cookie) and send it to the server.",
    examples: {
      bad: "function AdminRoute({ children }) {\n  const role = localStorage.getItem('role');\n  return role === 'admin' ? children : <Navigate to=\"/\" />;\n}",
      good: "function AdminRoute({ children }) {\n  const { data: me, isLoading } = useQuery({ queryKey: ['me'], queryFn: () => api.get('/api/me') });\n  if (isLoading) return null;\n  // UX only: every /api/admin endpoint checks the role on the server as well.\n  return me?.role === 'admin' ? children : <Navigate to=\"/\" />;\n}",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      /** Derived from storage at all (any key), through JSON.parse, members, `!!`, defaults and locals. */
      const fromStorage = (node: Node, depth = 0): Read | undefined => {
        if (depth > 8) return undefined;
        const n = unwrap(node);
        const direct = storageRead(ctx, n);
        if (direct) return direct;
        if (n.type === 'CallExpression' && /^(JSON\.parse|Boolean|String|Number|parseInt)$/.test(memberPath(n.callee) ?? '')) return n.arguments[0] ? fromStorage(n.arguments[0], depth + 1) : undefined;
        if (n.type === 'UnaryExpression' && n.operator === '!') return fromStorage(n.argument, depth + 1);
        if (n.type === 'LogicalExpression' && (n.operator === '||' || n.operator === '??')) return fromStorage(n.left, depth + 1);
        if (n.type === 'ConditionalExpression') return fromStorage(n.consequent, depth + 1) ?? fromStorage(n.alternate, depth + 1);
        // getStoredUser(): a local helper that returns what it read from storage
        if (n.type === 'CallExpression' && unwrap(n.callee).type === 'Identifier') {
          const fn = localFunction(unwrap(n.callee).name, n);
          if (fn) {
            for (const r of returnedValues(fn)) {
              const inner = fromStorage(r, depth + 1);
              if (inner) return inner;
            }
          }
          return undefined;
        }
        if (n.type === 'Identifier') {
          const def = definitionOf(ctx.program, n.name, n);
          if (!def) return undefined;
          const inner = fromStorage(def.value, depth + 1);
          if (!inner) return undefined;
          // const { role } = JSON.parse(localStorage.getItem('user'))
          if (def.property) return { key: def.property };
          return authzName(n.name) && !authzName(inner.key) ? { key: n.name } : inner;
        }
        if (n.type === 'MemberExpression') {
          const inner = fromStorage(n.object, depth + 1);
          if (inner) return { key: propertyName(n) };
        }
        return undefined;
      };
      /** `function name() {}` or `const name = () => …` defined once in this file. */
      const localFunction = (name: string, at: Node): Node | undefined => {
        const def = definitionOf(ctx.program, name, at);
        if (def && isFunction(unwrap(def.value))) return unwrap(def.value);
        let found: Node | undefined;
        for (const s of ctx.program.body as Node[]) {
          const d = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
          if (d?.type === 'FunctionDeclaration' && d.id?.name === name) found = d;
        }
        return found;
      };
      /** Client-controlled state about authorisation (role, admin flag, login flag). */
      const authzState = (node: Node): boolean => {
        let n = unwrap(node);
        while (n.type === 'UnaryExpression' && n.operator === '!') n = unwrap(n.argument);
        const r = fromStorage(n);
        return !!r && authzName(r.key);
      };
      const bareTest = (test: Node | undefined, at: Node) => {
        if (test && authzState(test) && !/BinaryExpression|LogicalExpression/.test(unwrap(test).type)) {
          ctx.report(at, 'Access decided from client-side storage: the user can edit localStorage/sessionStorage/cookies to pass this check (enforce it on the server)');
        }
      };
      return {
        BinaryExpression(node) {
          if (!/^(===|==|!==|!=)$/.test(node.operator)) return;
          if (authzState(node.left) || authzState(node.right)) {
            ctx.report(node, 'Access decided from client-side storage: the user can edit localStorage/sessionStorage/cookies to pass this check (enforce it on the server)');
          }
        },
        CallExpression(node) {
          // roles.includes('admin'), JSON.parse(localStorage.getItem('permissions')).includes('delete')
          const prop = calleeProperty(node);
          const callee = unwrap(node.callee);
          if (/^(includes|indexOf|some|has|startsWith)$/.test(prop ?? '') && callee.type === 'MemberExpression') {
            if (authzState(callee.object)) {
              ctx.report(node, 'Access decided from client-side storage: the user can edit localStorage/sessionStorage/cookies to pass this check (enforce it on the server)');
            } else if (memberPath(callee.object) === 'document.cookie' && authzName(String(ctx.constantValue(node.arguments[0]) ?? '').split('=')[0])) {
              ctx.report(node, 'Access decided from document.cookie: the user can set this cookie to pass the check (enforce it on the server)');
            }
          }
        },
        IfStatement(node) { bareTest(node.test, node.test); },
        ConditionalExpression(node) { bareTest(node.test, node.test); },
        LogicalExpression(node, ancestors) {
          // `if (isLoggedIn && isAdmin)`, `{isAdmin && <AdminPanel />}`, `isAdmin && deleteAll()` — but not
          // `localStorage.getItem('role') || 'guest'`, which is a default value, not a decision.
          if (node.operator !== '&&' && node.operator !== '||') return;
          let top = node;
          let i = ancestors.length - 1;
          while (i >= 0 && (ancestors[i]!.type === 'LogicalExpression' || ancestors[i]!.type === 'ParenthesizedExpression' || (ancestors[i]!.type === 'UnaryExpression' && ancestors[i]!.operator === '!'))) top = ancestors[i--]!;
          const parent = ancestors[i];
          const inTest = !!parent && /^(IfStatement|ConditionalExpression|WhileStatement)$/.test(parent.type) && parent.test === top;
          const shortCircuit = node.operator === '&&' && !!parent && /^(JSXExpressionContainer|ExpressionStatement|ReturnStatement|ArrowFunctionExpression)$/.test(parent.type);
          if (!inTest && !shortCircuit) return;
          bareTest(node.left, node.left);
          if (inTest) bareTest(node.right, node.right);
        },
      };
    },
  },
};
