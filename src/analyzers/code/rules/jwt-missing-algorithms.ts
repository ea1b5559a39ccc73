import type { CodeRule } from '../rule-api.js';
import { type Node, isFunction, objectProperty, hasSpread, unwrap } from '../frontend/js/ast.js';
import { objectLiteralOf, resolveValue } from '../frontend/js/bindings.js';
import { jsonwebtokenCall } from './_jwt.js';
import { headerChosenVerifications, outermostFunction } from './_jwt-header-alg.js';

/** Cheap pre-filter: a file without JWT code cannot match (skips the visitors). */
const FILE_GATE = /jwt|jsonwebtoken|jws/i;

export const jwtMissingAlgorithms: CodeRule = {
  meta: {
    id: 'js/jwt-missing-algorithms',
    title: 'JWT verified without an algorithm allow-list',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [347, 327],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['auth', 'jwt', 'crypto', 'ai-common'],
    description: "`jwt.verify()` (jsonwebtoken) or `expressjwt()` is called without `algorithms`, so the token's own `alg` header decides how it is checked. That is the root of algorithm-confusion attacks (an RS256 public key used as an HS256 secret, or `none` on old versions) and lets a token signed with a weaker algorithm than intended pass. The same holds for a hand-rolled verifier that looks the algorithm up from the token's header (`getAlgorithm(header.alg).verify(…)`) without always checking it against a fixed list, or whose only check is against a default list that holds HMAC and public-key algorithms together (the jsonwebtoken and jwt-simple advisories).",
    fix: "Pin the algorithms you issue: `jwt.verify(token, secret, { algorithms: ['HS256'] })` (or `['RS256']` / `['ES256']` with a public key), and the same in `expressjwt({ secret, algorithms: ['HS256'] })`. jose's `jwtVerify` also takes `{ algorithms: [...] }`. A verifier of your own must reject every header `alg` outside a fixed list before it looks the algorithm up, also when the caller passed no list (default to `['HS256']`, never skip the check).",
    examples: {
      bad: "const payload = jwt.verify(token, publicKey);",
      good: "const payload = jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      /** Options that are known to lack `algorithms` (unknown or spread objects count as fine). */
      const lacksAlgorithms = (options: Node | undefined): boolean => {
        if (!options) return true;
        const o = unwrap(options);
        if (isFunction(o)) return true; // verify(token, key, callback)
        if (o.type === 'Identifier' && o.name === 'undefined') return true;
        const obj = objectLiteralOf(ctx.program, o);
        if (!obj || hasSpread(obj)) return false;
        return objectProperty(obj, 'algorithms') === undefined;
      };
      // Hand-rolled verifiers (_jwt-header-alg.ts), worked out once per outermost function.
      const chosen = new Map<Node, Set<Node>>();
      const headerChosen = (node: Node, ancestors: readonly Node[]): boolean => {
        const scope = outermostFunction(ancestors, ctx.program);
        let calls = chosen.get(scope);
        if (!calls) chosen.set(scope, (calls = new Set(headerChosenVerifications(scope, ctx.program))));
        return calls.has(node);
      };
      return {
        CallExpression(node, ancestors) {
          if (/verify/i.test(ctx.source(node.callee)) && headerChosen(node, ancestors)) {
            ctx.report(node, "The token's own header picks the verification algorithm (`header.alg`) and no allow-list is enforced on every path: a token with `alg: none`, or HS256 keyed with the public key, passes; check the algorithm against a fixed list before verifying");
            return;
          }
          if (jsonwebtokenCall(ctx, node) === 'verify') {
            const key = node.arguments[1];
            if (!key) return;
            const k = unwrap(resolveValue(ctx.program, key).value);
            // A missing key is js/jwt-none-algorithm's finding.
            if ((k.type === 'Literal' && (k.value === null || k.value === '')) || (k.type === 'Identifier' && k.name === 'undefined')) return;
            if (lacksAlgorithms(node.arguments[2])) {
              ctx.report(node, "jwt.verify() without an `algorithms` allow-list lets the token's header choose the algorithm (pin e.g. { algorithms: ['HS256'] })");
            }
            return;
          }
          const name = ctx.qualifiedName(node.callee) ?? '';
          if (/^(express-jwt(\.expressjwt|\.expressJwt)?|expressjwt|expressJwt)$/.test(name)) {
            const opts = objectLiteralOf(ctx.program, node.arguments[0]);
            if (opts && !hasSpread(opts) && objectProperty(opts, 'algorithms') === undefined) {
              ctx.report(node, "express-jwt without an `algorithms` allow-list lets the token's header choose the algorithm (pin e.g. algorithms: ['HS256'])");
            }
          }
        },
      };
    },
  },
};
