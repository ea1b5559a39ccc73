/**
 * Name heuristics shared by the auth and crypto rules: what a value is called says what it is for
 * (`resetToken`, `hashPassword`, `isAdmin`). Names are split into lowercase words so `tokenizer`
 * never reads as `token` and `keyframes` never as `key`.
 */
import { type Node, functionName, isFunction, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';

/** `resetPasswordToken` / `RESET_PASSWORD_TOKEN` / `reset-password-token` → ['reset', 'password', 'token']. */
export function nameWords(name: string): readonly string[] {
  let words = WORDS.get(name);
  if (words) return words;
  words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (WORDS.size >= MAX_CACHED_NAMES) WORDS.clear();
  WORDS.set(name, words);
  return words;
}

/** Split names, shared by every rule and file of a worker: the same few names recur everywhere (read-only). */
const WORDS = new Map<string, readonly string[]>();
const MAX_CACHED_NAMES = 20_000;

/** The name an expression is known by: `x` → x, `a.b.c` → c, `'key'` → key. */
export function simpleName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return propertyName(n);
  if (n.type === 'PrivateIdentifier') return n.name;
  return stringValue(n);
}

const PASSWORD_WORDS = new Set(['password', 'passwords', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode', 'pw', 'pin', 'pincode']);

/** A name for a password (`password`, `userPwd`, `plainPassword`), not for a token about one (`passwordResetToken`). */
export function isPasswordName(name: string | undefined): boolean {
  if (!name) return false;
  const words = nameWords(name);
  if (!words.some((w) => PASSWORD_WORDS.has(w) || /^(passwd|password|passphrase)/.test(w))) return false;
  return !words.some((w) => /^(token|reset|hash|hashed|digest|strength|length|policy|rule|rules|field|label|input|placeholder|hint|visible|shown|type|error|regex|pattern|min|max|expires?|expiry|changed|at|count|attempts?)$/.test(w));
}

/** A name that is about a password, including its hash (`hashPassword`, `hashedPassword`), not a reset token. */
export function mentionsPassword(name: string | undefined): boolean {
  if (!name) return false;
  const words = nameWords(name);
  if (!words.some((w) => PASSWORD_WORDS.has(w) || /^(passwd|password|passphrase)/.test(w))) return false;
  return !words.some((w) => /^(token|tokens|reset|strength|policy|rules?|field|label|placeholder|hint|visible|shown|type|error|regex|pattern|expires?|expiry|attempts?|confirm|confirmation|match|matches|valid|validate|validator)$/.test(w));
}

/** Names of the function a node sits in: its own name, or the variable/property/method it is bound to. */
export function enclosingFunctionName(ancestors: readonly Node[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (isFunction(a)) return functionName(a, ancestors[i - 1]) ?? (ancestors[i - 1]?.type === 'MethodDefinition' ? propertyName(ancestors[i - 1]!) : undefined);
  }
  return undefined;
}

export function enclosingFunction(ancestors: readonly Node[]): Node | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) if (isFunction(ancestors[i])) return ancestors[i];
  return undefined;
}
