import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { jsonwebtokenCall } from './_jwt.js';

/** Cheap pre-filter: a file that never names a header key parameter cannot match (skips the visitors). */
const FILE_GATE = /\b(jwk|jku|x5u|x5c)\b/;

/** JOSE header parameters that carry a key or say where to get one (RFC 7515 §4.1.2–4.1.6). */
const KEY_PARAMETERS = /^(jwk|jku|x5u|x5c)$/;
/** The object they are read from: a token's (protected) header. */
const HEADER_OBJECT = /(^|\.)(\w*header|hdr)$/i;

/** Calls that check a signature with a key: node:crypto, WebCrypto, jsonwebtoken, jose. */
function verifiesSignature(ctx: CodeRuleContext, call: Node): boolean {
  if (jsonwebtokenCall(ctx, call) === 'verify') return true;
  const name = (ctx.qualifiedName(call.callee) ?? '').replace(/\.default(?=\.)/, '');
  if (/^(node:)?crypto\.(verify|subtle\.verify)$|^crypto\.subtle\.verify$|^jose\.(jwtVerify|compactVerify|flattenedVerify|generalVerify)$/.test(name)) return true;
  // crypto.createVerify(alg).update(data).verify(key, signature)
  const callee = unwrap(call.callee);
  return callee.type === 'MemberExpression' && propertyName(callee) === 'verify' && /(^|\.)createVerify\(\)/.test(memberPath(callee.object) ?? '');
}

/**
 * `header.jwk` / `header.jku` handed to a call or returned: the token's own header supplies the key
 * (or the URL of the key set). Comparing it (`header.jwk !== undefined` → refuse) is no use of it.
 */
function keyFromHeader(node: Node, ancestors: readonly Node[]): boolean {
  if (node.computed || !KEY_PARAMETERS.test(propertyName(node) ?? '') || !HEADER_OBJECT.test(memberPath(node.object) ?? '')) return false;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a.type === 'CallExpression') return a.callee !== ancestors[i + 1] && a.callee !== node;
    if (a.type === 'ReturnStatement' || (isFunction(a) && a.body === (ancestors[i + 1] ?? node))) return true;
    if (a.type === 'VariableDeclarator') return a.init === (ancestors[i + 1] ?? node);
    if (!/^(AwaitExpression|ObjectExpression|Property|SpreadElement|ArrayExpression|TSAsExpression|TSNonNullExpression|ParenthesizedExpression)$/.test(a.type)) return false;
  }
  return false;
}

export const jwtEmbeddedKey: CodeRule = {
  meta: {
    id: 'js/jwt-embedded-key',
    title: 'Token signature checked with a key the token names',
    analyzer: 'code',
    severity: 'critical',
    confidence: 'medium',
    cwe: [347],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['auth', 'jwt', 'crypto'],
    description: "The key that verifies a JWS/JWT signature is taken from the token's own header: an embedded `jwk`, or a key set downloaded from the header's `jku` / `x5u` URL (or its `x5c` certificate chain). Whoever makes the token also makes that key pair, so any claims they sign are accepted (node-jose CVE-2018-0114, the `jku` header-injection class). A `jku` URL is also fetched before any check (SSRF).",
    fix: 'Verify only with keys the application configured: its PEM key, or its issuer\'s JWKS URL with the header\'s `kid` choosing a key in it. Refuse tokens whose header carries `jwk`, `jku`, `x5u` or `x5c` (or ignore those parameters).',
    examples: {
      bad: "async function resolveKey(header) {\n  if (header.jwk) return crypto.createPublicKey({ key: header.jwk, format: 'jwk' });\n  return configuredKey;\n}\nconst ok = crypto.verify('sha256', data, await resolveKey(header), signature);",
      good: "async function resolveKey(header) {\n  if (header.jwk !== undefined || header.jku !== undefined) throw new Error('embedded keys are not accepted');\n  return selectKey(await fetchJwks(ISSUER_JWKS_URL), header.kid);\n}",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      const verifications: Node[] = [];
      let embedded: Node | undefined;
      walk(ctx.program, [{
        CallExpression(node) {
          if (verifiesSignature(ctx, node)) verifications.push(node);
        },
        MemberExpression(node, ancestors) {
          if (!embedded && keyFromHeader(node, ancestors)) embedded = node;
        },
      }]);
      if (embedded) {
        const used = `${memberPath(embedded) ?? 'header.jwk'}, line ${ctx.lines.line(embedded.start)}`;
        for (const call of verifications) {
          ctx.report(call, `The signature is checked with a key the token itself supplies (${used}): whoever makes the token makes the key pair, so any claims they sign are accepted`);
        }
      }
      return {};
    },
  },
};
