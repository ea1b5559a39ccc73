import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, boundNames, calleeProperty, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { definitionOf } from '../frontend/js/bindings.js';
import { jsonwebtokenCall } from './_jwt.js';
import { enclosingFunction, enclosingFunctionName } from './_names.js';
import { type ValueUse, valueUses } from './_value-uses.js';

/** Calls that check a JWT signature: jsonwebtoken/jose, NestJS JwtService, @fastify/jwt, and helpers named for it. */
const VERIFY_HELPER = /^(jwtVerify|verifyToken|verifyJwt|verifyJWT|verifyIdToken|verifyAccessToken|verifyRefreshToken|compactVerify|verifyAsync)$/;

function verifiesJwt(ctx: CodeRuleContext, call: Node): boolean {
  if (jsonwebtokenCall(ctx, call) === 'verify') return true;
  if (/^hono\/(jwt|utils\/jwt\/jwt)\.(Jwt\.)?verify$/.test(ctx.qualifiedName(call.callee) ?? '')) return true;
  const prop = calleeProperty(call) ?? '';
  if (VERIFY_HELPER.test(prop)) return true;
  if (prop !== 'verify') return false;
  const callee = unwrap(call.callee);
  const owner = callee.type === 'MemberExpression' ? (ctx.qualifiedName(callee.object) ?? '') : '';
  return /jwt|jose|token/i.test(owner);
}
const BROWSER_MODULES = /^(react|react-dom|react-dom\/client|react-native|react-router|react-router-dom|vue|vue-router|svelte|solid-js|preact|@angular\/.*|next\/navigation|next\/router|next\/link|@tanstack\/react-.*|zustand|pinia)$/;
/** Where a request handler keeps the authenticated principal. */
const PRINCIPAL_TARGET = /^(req|request|ctx|context|res\.locals|ctx\.state|socket|socket\.data|event|client)\b/;
const AUTH_FUNCTION = /auth|user|principal|identity|session|current|guard|protect|canActivate|validate|permission|role|admin|login|me$|verify|check|require|ensure|token/i;
/** Object keys that hold who the request is. */
const IDENTITY_KEY = /^(user|currentUser|principal|identity|viewer)$/;
const HANDLER_PARAMS = /^(req|request|ctx|context|event|socket)$/;

function isDecodeCall(ctx: CodeRuleContext, node: Node, ancestors: readonly Node[]): boolean {
  if (jsonwebtokenCall(ctx, node) === 'decode') return true;
  const name = ctx.qualifiedName(node.callee) ?? '';
  if (/^(jwt-decode(\.jwtDecode|\.default)?|jose\.decodeJwt|jwtDecode|jwt_decode)$/.test(name)) return true;
  if (name === 'JSON.parse' && handDecodedPayload(ctx, node.arguments[0])) return true;
  // Hono: `decode(token)` from hono/jwt returns { header, payload } without checking the signature.
  if (/^hono\/(jwt|utils\/jwt\/jwt)\.(Jwt\.)?decode$/.test(name)) return true;
  // @fastify/jwt: `fastify.jwt.decode(token)` and `request.jwtDecode()` skip the signature check.
  const callee = unwrap(node.callee);
  if (callee.type === 'MemberExpression' && propertyName(callee) === 'jwtDecode') return true;
  if (callee.type === 'MemberExpression' && propertyName(callee) === 'decode' && FASTIFY_JWT.test(memberPath(callee.object) ?? '')) return true;
  return calleeProperty(node) === 'decode' && isNestJwtService(ctx, unwrap(node.callee).object, ancestors);
}

/**
 * A JWT's payload decoded by hand: `JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())`,
 * `JSON.parse(atob(parts[1]))` with `parts = token.split('.')`: the middle segment, base64-decoded.
 */
function handDecodedPayload(ctx: CodeRuleContext, arg: Node | undefined): boolean {
  let n = arg && unwrap(arg);
  if (n?.type === 'CallExpression' && calleeProperty(n) === 'toString' && unwrap(n.callee).type === 'MemberExpression') n = unwrap(unwrap(n.callee).object);
  if (n?.type !== 'CallExpression') return false;
  const name = ctx.qualifiedName(n.callee) ?? '';
  const base64 = name === 'atob' || (/^Buffer\.from$/.test(name) && /^base64(url)?$/.test(String(ctx.constantValue(n.arguments[1]) ?? '')));
  const segment = base64 && n.arguments[0] ? unwrap(n.arguments[0]) : undefined;
  if (segment?.type !== 'MemberExpression' || !segment.computed || ctx.constantValue(segment.property) !== 1) return false;
  let parts = unwrap(segment.object);
  if (parts.type === 'Identifier') {
    const def = definitionOf(ctx.program, parts.name, parts);
    parts = def && !def.property ? unwrap(def.value) : parts;
  }
  return parts.type === 'CallExpression' && calleeProperty(parts) === 'split' && ctx.constantValue(parts.arguments[0]) === '.';
}

/** The `jwt` decorator @fastify/jwt adds to a Fastify instance (`fastify.jwt`, `request.server.jwt`, `this.jwt` in a handler). */
const FASTIFY_JWT = /^(fastify|app|server|instance|this|(req|request)\.server)\.jwt$/;

/**
 * NestJS's `JwtService.decode` reads claims without a signature check, like jsonwebtoken's: the
 * receiver is known by its declared type (`constructor(private jwt: JwtService)`,
 * `private readonly jwtService: JwtService`, a `jwt: JwtService` parameter), whatever its name.
 */
function isNestJwtService(ctx: CodeRuleContext, receiver: Node | undefined, ancestors: readonly Node[]): boolean {
  const r = receiver && unwrap(receiver);
  if (!r) return false;
  const field = r.type === 'MemberExpression' && unwrap(r.object).type === 'ThisExpression' ? propertyName(r) : undefined;
  const local = r.type === 'Identifier' ? r.name : undefined;
  if (!field && !local) return false;
  const isJwtServiceType = (decl: Node | undefined) => {
    const ann = decl?.typeAnnotation?.typeAnnotation;
    return ann?.type === 'TSTypeReference' && /^@nestjs\/jwt\.JwtService$/.test(ctx.qualifiedName(ann.typeName) ?? '');
  };
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (local && isFunction(a)) {
      for (const p of a.params as Node[]) {
        const param = p.type === 'TSParameterProperty' ? p.parameter : p;
        if (param.type === 'Identifier' && param.name === local) return isJwtServiceType(param);
      }
    }
    if (field && (a.type === 'ClassBody')) {
      for (const m of a.body as Node[]) {
        if (m.type === 'PropertyDefinition' && propertyName(m) === field) return isJwtServiceType(m);
        if (m.type === 'MethodDefinition' && propertyName(m) === 'constructor') {
          for (const p of m.value.params as Node[]) {
            if (p.type === 'TSParameterProperty' && p.parameter.type === 'Identifier' && p.parameter.name === field) return isJwtServiceType(p.parameter);
          }
        }
      }
      return false;
    }
  }
  return false;
}

/**
 * Two variables known to hold different tokens: `jwt.verify(session, …)` checks the session cookie,
 * not the `previewToken` decoded beside it. (Names that are not plain variables, or one built from
 * the other, `raw = token.slice(7)`, may be the same token.)
 */
function otherToken(ctx: CodeRuleContext, verified: Node | undefined, decoded: Node | undefined): boolean {
  const a = verified && unwrap(verified);
  const b = decoded && unwrap(decoded);
  if (a?.type !== 'Identifier' || b?.type !== 'Identifier' || a.name === b.name) return false;
  const mentions = (id: Node, name: string) => {
    const init = definitionOf(ctx.program, id.name, id)?.value;
    return !init || new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(ctx.source(init));
  };
  return !mentions(a, b.name) && !mentions(b, a.name);
}

/**
 * Where code stops being reachable after the decode: the end of the innermost block around it that
 * returns or throws after it (`if (kiosk) { claims = jwt.decode(t); …; return next(); }`), so a
 * verify written after that block checks the other branch's tokens, never these. Infinity otherwise.
 */
function exitOfBranch(node: Node, ancestors: readonly Node[], fn: Node | undefined): number {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a === fn || isFunction(a)) break;
    if (a.type !== 'BlockStatement' || ancestors[i - 1] === fn) continue;
    const at = (a.body as Node[]).findIndex((s) => s.start <= node.start && node.end <= s.end);
    if ((a.body as Node[]).slice(at + 1).some((s) => s.type === 'ReturnStatement' || s.type === 'ThrowStatement')) return a.end;
  }
  return Infinity;
}

/** Is `path` inside the given child of an ancestor, e.g. the `test` of an IfStatement? */
function inside(child: Node | undefined, node: Node): boolean {
  return !!child && child.start <= node.start && node.end <= child.end;
}

/**
 * A helper handed the request that returns its token's claims (`claimsOf(request)`, a Fastify
 * `decorateRequest`/`decorate` helper): what it returns is who the request is, whatever its name.
 */
function readsRequest(fn: Node): boolean {
  const first = fn.params?.[0] && unwrap(fn.params[0]);
  return first?.type === 'Identifier' && /^(req|request)$/.test(first.name);
}

/** The decoded claims gate something: a condition, the request's principal, an auth function's return value. */
function authUse(node: Node, ancestors: readonly Node[]): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (isFunction(a)) {
      // Arrow body or return of an auth-named helper (`getUserFromToken`, `authenticate`).
      return a.body && inside(a.body, node) && a.body.type !== 'BlockStatement' && (AUTH_FUNCTION.test(enclosingFunctionName(ancestors.slice(0, i + 1)) ?? '') || readsRequest(a));
    }
    if ((a.type === 'IfStatement' || a.type === 'ConditionalExpression' || a.type === 'WhileStatement') && inside(a.test, node)) return true;
    if (a.type === 'SwitchStatement' && inside(a.discriminant, node)) return true;
    if (a.type === 'BinaryExpression' && /^(===|!==|==|!=|<|>|<=|>=)$/.test(a.operator)) return true;
    if (a.type === 'CallExpression' && /^(includes|some|every|indexOf)$/.test(calleeProperty(a) ?? '') && inside(a.callee, node)) return true;
    if (a.type === 'AssignmentExpression' && inside(a.right, node)) {
      const target = memberPath(a.left) ?? '';
      return a.left.type === 'MemberExpression' && PRINCIPAL_TARGET.test(target);
    }
    // `return { db, user: claims }` from a GraphQL/socket context factory, `ctx.state = { user }`:
    // the claims become the request's identity.
    if (a.type === 'Property' && unwrap(a.value) === node && IDENTITY_KEY.test(propertyName(a) ?? '')) return true;
    if (a.type === 'ReturnStatement') {
      const fn = enclosingFunction(ancestors.slice(0, i));
      return AUTH_FUNCTION.test(enclosingFunctionName(ancestors.slice(0, i)) ?? '') || (!!fn && readsRequest(fn));
    }
    if (/Statement$|Declaration$/.test(a.type) && a.type !== 'ExpressionStatement') return false;
  }
  return false;
}

/** Cheap pre-filter: a file without decode calls cannot match (skips the visitors). */
const FILE_GATE = /decode|base64|atob/i;

export const jwtDecodeWithoutVerify: CodeRule = {
  meta: {
    id: 'js/jwt-decode-without-verify',
    title: 'JWT decoded without verifying its signature',
    analyzer: 'code',
    severity: 'high',
    confidence: 'medium',
    cwe: [347, 345],
    owasp: 'A07:2021-Identification and Authentication Failures',
    tags: ['auth', 'jwt', 'ai-common'],
    description: "Server code reads the claims of a JWT with `jwt.decode()` (or `jwtDecode`/`decodeJwt`, Hono's `decode` from `hono/jwt`, NestJS's `JwtService.decode`, or @fastify/jwt's `fastify.jwt.decode`/`request.jwtDecode`) and uses them to identify the user or decide access (a condition, the request's principal, a `user` field of a GraphQL or socket context), but that function never checks the signature (a `verify` elsewhere in the file does not protect it). `decode` only base64-decodes: anyone can write a token saying `{\"userId\": 1, \"role\": \"admin\"}`.",
    fix: "Use `jwt.verify(token, key, { algorithms: ['HS256'] })` (or jose's `jwtVerify`) and trust only what it returns. `decode` is fine for reading the header `kid` *before* verifying, or for display in the browser, never for authentication or authorisation.",
    examples: {
      bad: "function auth(req, res, next) {\n  const token = req.headers.authorization?.split(' ')[1];\n  req.user = jwt.decode(token);\n  next();\n}",
      good: "function auth(req, res, next) {\n  const token = req.headers.authorization?.split(' ')[1];\n  try {\n    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });\n  } catch {\n    return res.status(401).end();\n  }\n  next();\n}",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      const verifiedIn = new Map<Node, { token: Node | undefined; at: number }[]>();
      /** Does this function (or, at top level, the file) check the signature of this token (on a path the decode can reach)? */
      const scopeVerifies = (scope: Node, token: Node | undefined, unreachableFrom: number) => {
        let verified = verifiedIn.get(scope);
        if (!verified) {
          const found: { token: Node | undefined; at: number }[] = [];
          walk(scope, [{ CallExpression: (c) => { if (verifiesJwt(ctx, c)) found.push({ token: c.arguments[0], at: c.start }); } }]);
          verifiedIn.set(scope, (verified = found));
        }
        return verified.some((v) => v.at < unreachableFrom && !otherToken(ctx, v.token, token));
      };
      const browser = [...ctx.modules.specifiers].some((s) => BROWSER_MODULES.test(s)) || /^\s*['"]use client['"]/m.test(ctx.text) || /\b(localStorage|sessionStorage|window\.location)\b/.test(ctx.text);
      return {
        CallExpression(node, ancestors) {
          if (browser || !isDecodeCall(ctx, node, ancestors)) return;
          const fn = enclosingFunction(ancestors);
          if (scopeVerifies(fn ?? ctx.program, node.arguments[0], exitOfBranch(node, ancestors, fn))) return;
          // Skip value-preserving wrappers: `jwt.decode(t) as Claims`, `await decodeJwt(t)`, `(jwt.decode(t))!`.
          let pi = ancestors.length - 1;
          let child: Node = node;
          while (pi >= 0 && /^(TSAsExpression|TSSatisfiesExpression|TSNonNullExpression|ParenthesizedExpression|AwaitExpression|TSTypeAssertion)$/.test(ancestors[pi]!.type)) child = ancestors[pi--]!;
          const parent = ancestors[pi];
          // decode(token, { complete: true }).header — reading the kid to pick a key
          if (parent?.type === 'MemberExpression' && parent.object === child && propertyName(parent) === 'header') return;
          let gated = authUse(node, ancestors);
          if (!gated) {
            if (parent?.type === 'VariableDeclarator' && parent.init === child) {
              const names = new Set(boundNames(parent.id));
              if (names.size === 1 && names.has('header')) return;
            }
            // Follow the claims through variables, destructuring, field reads and returns (to the callers).
            const headerRead = (u: ValueUse) => {
              const up = u.ancestors[u.ancestors.length - 1];
              return up?.type === 'MemberExpression' && up.object === u.node && propertyName(up) === 'header';
            };
            for (const use of valueUses(ctx.program, node, ancestors, headerRead)) {
              if (use.node !== node && authUse(use.node, use.ancestors)) { gated = true; break; }
            }
          }
          // Inside a request handler or middleware, the decoded claims are the request's identity.
          if (!gated && fn) {
            const params = (fn.params as Node[]).map((p) => (unwrap(p).type === 'Identifier' ? unwrap(p).name : ''));
            const handler = params.some((p) => HANDLER_PARAMS.test(p)) && (params.includes('next') || params.includes('res') || params.includes('reply') || params.includes('h') || params[0] === 'event');
            if (handler && (parent?.type === 'VariableDeclarator' || parent?.type === 'MemberExpression' || parent?.type === 'AwaitExpression')) gated = true;
          }
          if (gated) {
            ctx.report(node, 'JWT is decoded without verifying its signature and the claims are trusted: anyone can forge them (use jwt.verify with a key and algorithms)');
          }
        },
      };
    },
  },
};
