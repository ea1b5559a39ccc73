/**
 * Recognising JWT library calls and hard-coded key material, shared by the `js/jwt-*` rules and
 * `js/hardcoded-credentials`.
 */
import { type Node, memberPath, stringValue, unwrap } from '../frontend/js/ast.js';
import type { CodeRuleContext } from '../rule-api.js';
import { resolveValue } from '../frontend/js/bindings.js';

export type JwtOperation = 'sign' | 'verify' | 'decode';

/**
 * `jwt.verify(…)` from jsonwebtoken, however imported (`import * as jwt`, `const { verify } =
 * require('jsonwebtoken')`); an unimported `jwt.x` too, as snippets and DI-injected modules use it.
 */
export function jsonwebtokenCall(ctx: CodeRuleContext, call: Node): JwtOperation | undefined {
  if (call.type !== 'CallExpression') return undefined;
  const name = ctx.qualifiedName(call.callee) ?? '';
  const m = /^(?:jsonwebtoken|jwt)(?:\.default)?\.(sign|verify|decode)$/.exec(name);
  // jsonwebtoken verifies and decodes a token string: `jwt.decode({ token, secret })` is some other
  // `jwt` (next-auth's JWT options decrypt a JWE with the secret).
  if (m && m[1] !== 'sign' && call.arguments[0] && unwrap(call.arguments[0]).type === 'ObjectExpression') return undefined;
  // jsonwebtoken cannot sign without a key: `jwt.sign(payload)` alone is a configured plugin
  // instance (@elysiajs/jwt's `jwt` in the handler context), whose key and expiry are set once.
  if (m?.[1] === 'sign' && call.arguments.length < 2 && !call.arguments.some((a: Node) => a.type === 'SpreadElement')) return undefined;
  return m ? (m[1] as JwtOperation) : undefined;
}

/** Strings that are key material but not secret: PEM public keys and certificates. */
function isPublicKeyText(s: string): boolean {
  return /-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(s);
}

/** `process.env.X` (any spelling: `process.env['X']`, `import.meta.env.X`). */
export function isEnvRead(node: Node): boolean {
  const path = memberPath(unwrap(node)) ?? '';
  return /^(process\.env|import\.meta\.env|Deno\.env)\b/.test(path) || /^(process\.env|Deno\.env)\.get\(\)$/.test(path);
}

export interface HardcodedValue {
  /** The declaration or `config` property the literal was read from; absent when it is written inline. */
  declared?: Node;
  kind: 'literal' | 'fallback';
  /** The string literal that holds the value (to mask in snippets). */
  literal: Node;
}

/**
 * Whether a key/password expression is a value written in the source: a string literal, a
 * `process.env.X || 'literal'` fallback, `Buffer.from('lit')`, `new TextEncoder().encode('lit')`,
 * or a name/`config.x` defined as one of those in this file. Empty strings are not key material.
 */
export function hardcodedValue(ctx: CodeRuleContext, node: Node | undefined, depth = 0): HardcodedValue | undefined {
  if (!node || depth > 4) return undefined;
  const resolved = resolveValue(ctx.program, node);
  const n = resolved.value;
  const at = (kind: HardcodedValue['kind'], literal: Node, inner?: Node): HardcodedValue => {
    const declared = resolved.site ?? inner;
    return declared ? { declared, kind, literal } : { kind, literal };
  };
  const s = stringValue(n);
  if (s !== undefined) return s.length > 0 && !isPublicKeyText(s) ? at('literal', n) : undefined;
  if (n.type === 'LogicalExpression' && (n.operator === '||' || n.operator === '??')) {
    const fallback = stringValue(n.right);
    if (fallback && !isPublicKeyText(fallback) && !hardcodedValue(ctx, n.left, depth + 1)) return at('fallback', unwrap(n.right));
    return undefined;
  }
  if (n.type === 'CallExpression') {
    // Buffer.from('secret'), new TextEncoder().encode('secret'), String('secret')
    const callee = ctx.source(n.callee).replace(/\s+/g, '');
    if (/^(Buffer\.from|Uint8Array\.from|String|newTextEncoder\(\)\.encode|\w+\.encode)$/.test(callee)) {
      if (/^\w+\.encode$/.test(callee) && !/TextEncoder/.test(ctx.source(resolveValue(ctx.program, n.callee.object ?? n.callee).value))) return undefined;
      const inner = hardcodedValue(ctx, n.arguments[0], depth + 1);
      if (inner) return at(inner.kind, inner.literal, inner.declared);
    }
  }
  return undefined;
}
