import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { calleeProperty, isFunction, memberPath, unwrap, walk } from '../frontend/js/ast.js';

/** Library calls that throw (or reject) when authentication, a signature or decryption fails. */
const SECURITY_CALL = /^(jsonwebtoken\.verify|jose\.(jwtVerify|jwtDecrypt|compactVerify|flattenedVerify|generalVerify|compactDecrypt)|(bcrypt|bcryptjs)\.(compare|compareSync)|argon2\.verify|crypto\.(verify|timingSafeEqual|createVerify|createDecipheriv|publicDecrypt|privateDecrypt|subtle\.verify|subtle\.decrypt|webcrypto\.subtle\.verify)|tweetnacl\.sign\.detached\.verify|otplib\.\w+\.verify|speakeasy\.totp\.verify)$/;
/** Method names that say "check this credential/permission, throw if it is wrong". */
const SECURITY_METHOD = /^(verify|verify(Token|IdToken|Jwt|JWT|Signature|Session|Password|Otp|OTP|Totp|TOTP|Hmac|HMAC|Webhook|WebhookSignature|ApiKey|Credentials|Access|Auth|Request|Message)\w*|(validate|check|assert|ensure|require)(Session|Token|Jwt|JWT|Signature|Permission|Permissions|Access|Auth|Authentication|Authorization|Role|Roles|Admin|Owner|Ownership|ApiKey|Csrf|CSRF|Webhook|Hmac|HMAC|Otp|OTP|Totp|TOTP|Password|Credentials|Scope|Scopes)\w*|authenticate|authorize|authorise|constructEvent|timingSafeEqual|jwtVerify)$/;
const LOGGER = /^(console|logger|log|this\.logger|this\.log|req\.log|fastify\.log|app\.log)\.\w+$/;

function securityCallName(ctx: CodeRuleContext, call: Node): string | undefined {
  const name = ctx.qualifiedName(call.callee) ?? '';
  const method = calleeProperty(call);
  if (!SECURITY_CALL.test(name) && !(method && SECURITY_METHOD.test(method))) return undefined;
  // Name it as written (`jwt.verify`), not as resolved (`jsonwebtoken.verify`, `./auth.verifyToken`).
  return ctx.source(unwrap(call.callee)).replace(/\s+/g, '');
}

/** The first security call in a subtree, not looking into nested functions (they throw elsewhere). */
function findSecurityCall(ctx: CodeRuleContext, root: Node): { call: Node; name: string } | undefined {
  let found: { call: Node; name: string } | undefined;
  const visit = (n: Node) => {
    if (found) return;
    if (n !== root && isFunction(n)) return;
    if (n.type === 'CallExpression') {
      const name = securityCallName(ctx, n);
      if (name) { found = { call: n, name }; return; }
    }
    for (const key in n) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const v = n[key];
      if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === 'string') visit(c); }
      else if (v && typeof v === 'object' && typeof v.type === 'string') visit(v);
    }
  };
  visit(root);
  return found;
}

/** A catch body that neither stops nor reports the failure: empty, or only logs it. */
function isSilent(block: Node): boolean {
  return block.body.every((s: Node) => {
    if (s.type === 'EmptyStatement') return true;
    if (s.type !== 'ExpressionStatement') return false;
    const e = unwrap(s.expression);
    return e.type === 'CallExpression' && LOGGER.test(memberPath(e.callee) ?? '');
  });
}

/** Is `name` tested (if/?:/!/&&/||) or returned after `offset` inside `scope`? Then undefined means "failed". */
function testedAfter(ctx: CodeRuleContext, scope: Node, name: string, offset: number): boolean {
  const word = new RegExp(`(^|[^\\w$.])${name.replace(/[.$]/g, '\\$&')}\\b`);
  let tested = false;
  const mentions = (n: Node | undefined) => { if (n && n.start >= offset && word.test(ctx.source(n))) tested = true; };
  walk(scope, [{
    IfStatement(n) { mentions(n.test); },
    ConditionalExpression(n) { mentions(n.test); },
    LogicalExpression(n) { mentions(n.left); },
    UnaryExpression(n) { if (n.operator === '!') mentions(n.argument); },
    ReturnStatement(n) { mentions(n.argument ?? undefined); },
  }]);
  return tested;
}

/** Names the security result is stored into (`decoded = jwt.verify(…)`, `req.user = await verify(…)`). */
function resultTargets(root: Node, call: Node): string[] {
  const out: string[] = [];
  const contains = (n: Node | undefined) => !!n && n.start <= call.start && call.end <= n.end;
  walk(root, [{
    AssignmentExpression(n) { if (contains(n.right)) { const p = memberPath(n.left); if (p) out.push(p); } },
    VariableDeclarator(n) { if (contains(n.init) && n.id.type === 'Identifier') out.push(n.id.name); },
  }]);
  return out;
}

function returnsResult(root: Node, call: Node): boolean {
  let returned = false;
  walk(root, [{ ReturnStatement(n) { if (n.argument && n.argument.start <= call.start && call.end <= n.argument.end) returned = true; } }]);
  return returned;
}

/** Collections that statements after the check, in the try block, add to (`signers.add(key.id)`, `valid.push(k)`). */
function recordedAfterCheck(block: Node, call: Node): string[] {
  const out: string[] = [];
  for (const s of block.body as Node[]) {
    if (s.start < call.end || s.type !== 'ExpressionStatement') continue;
    const e = unwrap(s.expression);
    if (e.type !== 'CallExpression' || !/^(add|push|set|append|unshift)$/.test(calleeProperty(e) ?? '')) continue;
    const receiver = unwrap(unwrap(e.callee).object);
    if (receiver.type === 'Identifier') out.push(receiver.name);
  }
  return out;
}

const DENY_VALUE = /^(deny|denied|anonymous|guest|none|invalid|unauthori[sz]ed|forbidden|rejected)$/i;
const ALLOW_VALUE = /^(allow|allowed|ok|valid|authori[sz]ed|granted|accepted)$/i;

/**
 * Identifiers assigned inside the try block and declared earlier in the function, with what their
 * initial value means: 'deny' (no value, null, false, 'Deny' …), 'allow' (true, 'Allow' …) or 'other'.
 */
function outerDefaults(ctx: CodeRuleContext, scope: Node, tryNode: Node): Map<string, 'deny' | 'allow' | 'other'> {
  const assigned = new Set<string>();
  walk(tryNode.block, [{ AssignmentExpression(a) { if (unwrap(a.left).type === 'Identifier') assigned.add(unwrap(a.left).name); } }]);
  const out = new Map<string, 'deny' | 'allow' | 'other'>();
  walk(scope, [{
    VariableDeclarator(d) {
      if (d.id.type !== 'Identifier' || !assigned.has(d.id.name) || d.start > tryNode.start) return;
      const init = d.init ? unwrap(d.init) : undefined;
      const v = init ? ctx.constantValue(init) : undefined;
      let meaning: 'deny' | 'allow' | 'other' = 'other';
      if (!init || (init.type === 'Literal' && init.value === null) || (init.type === 'Identifier' && init.name === 'undefined') || v === false || v === 0 || v === '') meaning = 'deny';
      else if (v === true || (typeof v === 'string' && ALLOW_VALUE.test(v))) meaning = 'allow';
      else if (typeof v === 'string' && DENY_VALUE.test(v)) meaning = 'deny';
      out.set(d.id.name, meaning);
    },
  }]);
  return out;
}

const LOOP = new Set(['ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement']);

/** `throw …`, or `return` of a value that says "no": `false`, `null`, `undefined`. */
function denies(s: Node): boolean {
  if (s.type === 'ThrowStatement') return true;
  if (s.type !== 'ReturnStatement' || !s.argument) return false;
  const v = unwrap(s.argument);
  if (v.type === 'Literal') return v.value === false || v.value === null;
  return (v.type === 'Identifier' && v.name === 'undefined') || (v.type === 'UnaryExpression' && v.operator === 'void');
}

/**
 * Fails closed: what runs after the swallowed error (next statement, or after the loop that tries
 * each candidate key) is a `throw` or a `return false` / `null`, so only a passed check leaves the
 * function another way (`for (const sig of sigs) try { return await verify(sig) } catch {} throw
 * new VerificationFailed()`, `try { if (sig.checkSignature(xml)) return true } catch {} … return false`).
 */
function failsClosedAfter(tryNode: Node, ancestors: readonly Node[]): boolean {
  let cur = tryNode;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i]!;
    if (isFunction(parent)) return false;
    if (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'StaticBlock') {
      const body: Node[] = parent.body;
      const at = body.indexOf(cur);
      if (at < 0) return false;
      if (at < body.length - 1) return denies(body[at + 1]!);
    } else if (!(LOOP.has(parent.type) && parent.body === cur) && !(parent.type === 'IfStatement' && parent.test !== cur)) {
      return false;
    }
    cur = parent;
  }
  return false;
}

function enclosingFunctionBody(ancestors: readonly Node[]): Node {
  for (let i = ancestors.length - 1; i >= 0; i--) if (isFunction(ancestors[i])) return ancestors[i]!.body;
  return ancestors[0]!;
}

export const emptyCatchSecurity: CodeRule = {
  meta: {
    id: 'js/empty-catch-security',
    title: 'Authentication or crypto error swallowed by an empty catch',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'medium',
    cwe: [390, 755],
    owasp: 'A07:2021-Identification and Authentication Failures',
    tags: ['auth', 'crypto', 'jwt', 'error-handling', 'ai-common'],
    description: 'A token check, password comparison, signature verification or permission check runs inside a `try` whose `catch` is empty (or only logs), or a `.catch(() => {})` is attached to it. When the check fails, the error is thrown away and the code goes on as if it had passed: the request continues unauthenticated, or hangs without a 401.',
    fix: 'Treat a failed check as a denial: `catch (err) { return res.status(401).json({ error: \'invalid token\' }); }`, `next(err)`, or rethrow. If you want "undefined on failure", return it explicitly and check it at the call site (`const user = verifyOrNull(token); if (!user) return res.sendStatus(401);`).',
    examples: {
      bad: "function requireAuth(req, res, next) {\n  try {\n    req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n  } catch (err) {\n    // token invalid, ignore\n  }\n  next();\n}",
      good: "function requireAuth(req, res, next) {\n  try {\n    req.user = jwt.verify(req.cookies.token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n  } catch (err) {\n    return res.status(401).json({ error: 'invalid or expired token' });\n  }\n  next();\n}",
    },
  },
  pattern: {
    create: (ctx) => ({
      TryStatement(node, ancestors) {
        const handler = node.handler;
        if (!handler || !isSilent(handler.body)) return;
        const hit = findSecurityCall(ctx, node.block);
        if (!hit) return;
        // `return verify(…)` / `x = verify(…)` then `if (!x)`: undefined already means "failed".
        if (returnsResult(node.block, hit.call)) return;
        if (failsClosedAfter(node, ancestors)) return;
        const scope = enclosingFunctionBody(ancestors);
        // Variables set inside the try and declared before it: their initial value is what a failure leaves.
        const defaults = outerDefaults(ctx, scope, node);
        const failOpen = [...defaults.values()].some((v) => v === 'allow');
        if (!failOpen) {
          if (resultTargets(node.block, hit.call).some((t) => testedAfter(ctx, scope, t, node.end))) return;
          // `let effect = 'Deny'; try { …verify…; effect = 'Allow'; } catch {}`: failing leaves the denial.
          const after = ctx.text.slice(node.end, scope.end);
          if ([...defaults].some(([name, meaning]) => meaning === 'deny' && new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(after))) return;
          // `try { key.verifySignature(m); signers.add(key.id) } catch {}` then `if (signers.size < n)`:
          // only a passed check is counted, and the count is tested after the try (in this function
          // or the one around a per-key callback).
          if (recordedAfterCheck(node.block, hit.call).some((name) => testedAfter(ctx, ancestors[0]!, name, node.end))) return;
        }
        const what = handler.body.body.length ? 'only logs' : 'is empty';
        ctx.report(handler, `Swallowed security error: the catch around ${hit.name}() ${what}, so a failed check is ignored and execution continues as if it passed`);
      },
      CallExpression(node, ancestors) {
        if (calleeProperty(node) !== 'catch' || unwrap(node.callee).type !== 'MemberExpression') return;
        const fn = node.arguments[0] && unwrap(node.arguments[0]);
        if (!fn || !isFunction(fn) || fn.body.type !== 'BlockStatement' || !isSilent(fn.body)) return;
        const receiver = unwrap(node.callee).object;
        const hit = findSecurityCall(ctx, receiver);
        if (!hit) return;
        // `const user = await verify(t).catch(() => {}); if (!user) …`
        const parent = ancestors[ancestors.length - 1];
        const holder = parent?.type === 'AwaitExpression' ? ancestors[ancestors.length - 2] : parent;
        const stored = holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' ? holder.id.name
          : holder?.type === 'AssignmentExpression' ? memberPath(holder.left) : undefined;
        if (stored && testedAfter(ctx, enclosingFunctionBody(ancestors), stored, node.end)) return;
        if (holder?.type === 'ReturnStatement') return;
        ctx.report(unwrap(node.callee).property, `Swallowed security error: .catch() with an empty handler on ${hit.name}() ignores a failed check`, { endNode: node });
      },
    }),
  },
};
