import type { CodeRule } from '../rule-api.js';
import { type Node, objectProperty, propertyName, unwrap } from '../frontend/js/ast.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';
import { jsonwebtokenCall } from './_jwt.js';

/** Cheap pre-filter: a file without jsonwebtoken, jose or a 'none' value cannot match (skips the visitors). */
const FILE_GATE = /jwt|jsonwebtoken|none/i;

export const jwtNoneAlgorithm: CodeRule = {
  meta: {
    id: 'js/jwt-none-algorithm',
    title: "JWT 'none' algorithm accepted or used",
    analyzer: 'code',
    severity: 'critical',
    confidence: 'high',
    cwe: [347, 327],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['auth', 'jwt', 'crypto', 'ai-common'],
    description: "Tokens are signed with, or verified accepting, the `none` algorithm (an unsigned JWT), or `jwt.verify` gets no key (`null`, `undefined`, `''`). An attacker edits the payload (`\"role\": \"admin\"`), strips the signature and the server accepts it.",
    fix: "Sign with a real algorithm (`{ algorithm: 'HS256' }` with a strong secret, or RS256/EdDSA with a private key) and verify with an explicit allow-list that never contains `none`: `jwt.verify(token, key, { algorithms: ['HS256'] })`. Always pass the key to `verify`. With jose, never use `UnsecuredJWT` to accept tokens.",
    examples: {
      bad: "const payload = jwt.verify(token, null, { algorithms: ['HS256', 'none'] });",
      good: "const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      const isNone = (n: Node | undefined) => {
        const v = n ? ctx.constantValue(n) : undefined;
        return typeof v === 'string' && v.trim().toLowerCase() === 'none';
      };
      return {
        CallExpression(node) {
          const op = jsonwebtokenCall(ctx, node);
          if (op === 'verify' && node.arguments.length >= 2) {
            const key = unwrap(node.arguments[1]);
            const missing = (key.type === 'Literal' && key.value === null) || (key.type === 'Identifier' && key.name === 'undefined') || ctx.constantValue(key) === '' || (key.type === 'UnaryExpression' && key.operator === 'void');
            if (missing) ctx.report(node, "jwt.verify() is called without a key: with no secret the token's signature is not checked ('none' algorithm)");
            return;
          }
          if (op === 'sign') {
            // `algorithm: 'none'` in sign options (inline or a const object) is handled by the Property visitor
            // when inline; follow a named options object here.
            const opts = node.arguments[2];
            if (opts && unwrap(opts).type === 'Identifier') {
              const alg = objectProperty(objectLiteralOf(ctx.program, opts), 'algorithm');
              if (isNone(alg)) ctx.report(node, "Token is signed with the 'none' algorithm: it carries no signature and anyone can forge it");
            }
            return;
          }
          // jose: UnsecuredJWT.decode accepts unsigned tokens
          if (/(^|\.)UnsecuredJWT\.decode$/.test(ctx.qualifiedName(node.callee) ?? '')) {
            ctx.report(node, "UnsecuredJWT.decode() accepts unsigned ('alg: none') tokens: anyone can forge them");
          }
        },
        Property(node, ancestors) {
          const name = propertyName(node);
          if (name === 'algorithms') {
            const arr = unwrap(node.value);
            if (arr.type === 'ArrayExpression' && arr.elements.some((e: Node | null) => e && isNone(e))) {
              ctx.report(node, "JWT verification accepts the 'none' algorithm: unsigned tokens with any claims pass");
            }
            return;
          }
          if ((name === 'algorithm' || name === 'alg') && isNone(node.value)) {
            // Only JWT contexts: jwt.sign options, a JOSE header ({ alg, typ }), setProtectedHeader/setHeader.
            const obj = ancestors[ancestors.length - 1];
            const holder = ancestors[ancestors.length - 2];
            const inSign = holder?.type === 'CallExpression' && (jsonwebtokenCall(ctx, holder) === 'sign' || /^(setProtectedHeader|setHeader)$/.test(propertyName(unwrap(holder.callee)) ?? ''));
            const header = name === 'alg' && obj?.type === 'ObjectExpression' && obj.properties.some((p: Node) => p.type === 'Property' && propertyName(p) === 'typ');
            const signOptions = name === 'algorithm' && obj?.type === 'ObjectExpression' && obj.properties.some((p: Node) => p.type === 'Property' && /^(expiresIn|notBefore|issuer|audience|subject|jwtid|keyid|noTimestamp)$/.test(propertyName(p) ?? ''));
            if (inSign || header || signOptions) ctx.report(node, "Token is signed with the 'none' algorithm: it carries no signature and anyone can forge it");
          }
        },
      };
    },
  },
};
