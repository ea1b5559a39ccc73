import type { CodeRule } from '../rule-api.js';
import { hasSpread, isFunction, objectProperty, propertyName, unwrap } from '../frontend/js/ast.js';
import { trueByDefault } from './_local-values.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';
import { jsonwebtokenCall } from './_jwt.js';

/** Cheap pre-filter: a file without JWT code cannot match (skips the visitors). */
const FILE_GATE = /ignoreExpiration|jwt|jsonwebtoken/i;

export const jwtIgnoreExpiration: CodeRule = {
  meta: {
    id: 'js/jwt-ignore-expiration',
    title: 'JWT expiry not enforced',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [613],
    owasp: 'A07:2021-Identification and Authentication Failures',
    tags: ['auth', 'jwt', 'session', 'ai-common'],
    description: "Verification is told to accept expired tokens (`ignoreExpiration: true` in jsonwebtoken or passport-jwt, or a library's own option that is true unless its caller passes `false`: `ignoreExpiration: options.ignoreExpiration !== false`), or a token is signed with no expiry at all (no `expiresIn` option and no `exp` claim). A token that leaks (logs, browser storage, a proxy) then works forever, and logging out or changing the password does not end the session.",
    fix: "Remove `ignoreExpiration: true`. Give every token a short lifetime: `jwt.sign(payload, key, { expiresIn: '15m' })` for access tokens, a longer one for refresh tokens that you store and can revoke. If you need to read an expired token (e.g. to refresh it), verify it normally and handle `TokenExpiredError` explicitly.",
    examples: {
      bad: "const token = jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET);\nconst claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], ignoreExpiration: true });",
      good: "const token = jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '15m' });\nconst claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });",
    },
  },
  pattern: {
    create: (ctx) => (!FILE_GATE.test(ctx.text) ? {} : {
      Property(node) {
        if (propertyName(node) === 'ignoreExpiration' && ctx.constantValue(node.value) === true) {
          ctx.report(node, 'ignoreExpiration: true accepts expired tokens, so a leaked token never stops working');
        } else if (propertyName(node) === 'ignoreExpiration' && trueByDefault(node.value)) {
          ctx.report(node, `ignoreExpiration defaults to true (\`${ctx.source(node.value).slice(0, 60)}\`): unless a caller passes false, expired tokens are accepted`);
        }
      },
      CallExpression(node) {
        if (jsonwebtokenCall(ctx, node) !== 'sign') return;
        // Only when both the payload and the options are visible: an object payload without `exp`
        // and options (or none) without `expiresIn`. String payloads cannot carry an expiry.
        const payload = objectLiteralOf(ctx.program, node.arguments[0]);
        if (!payload || hasSpread(payload) || objectProperty(payload, 'exp') !== undefined) return;
        const opts = node.arguments[2];
        if (opts && !isFunction(unwrap(opts))) {
          const obj = objectLiteralOf(ctx.program, opts);
          if (!obj || hasSpread(obj) || objectProperty(obj, 'expiresIn') !== undefined) return;
          // An unsigned token's exp can be rewritten by anyone: js/jwt-none-algorithm is the finding there.
          const alg = ctx.constantValue(objectProperty(obj, 'algorithm'));
          if (typeof alg === 'string' && alg.toLowerCase() === 'none') return;
        }
        ctx.report(node, 'Token is signed without an expiry (no expiresIn option, no exp claim): it stays valid forever', { severity: 'low', confidence: 'medium' });
      },
    }),
  },
};
