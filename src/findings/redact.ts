/**
 * Last line of defence for snippets of non-secret findings: a code finding's line may still hold a
 * credential (`password: "hunter2"` next to a weak hash call). Masks the inside of string literals
 * that look like credentials, and values assigned to secret-looking names. The secrets analyzer
 * redacts its own findings precisely; this is deliberately broader and cruder.
 */
import { builtInDetector } from '../analyzers/secrets/built-in.js';

const SECRET_NAME = /(pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|auth|credential|private[_-]?key|access[_-]?key|client[_-]?secret)/i;
const QUOTED = /(["'`])((?:\\.|(?!\1)[^\\\n]){6,})\1/g;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@/\s]{1,})(@)/gi;

export function maskValue(value: string): string {
  const prefix = value.slice(0, Math.min(4, Math.floor(value.length / 4)));
  return `${prefix}…[redacted ${value.length} chars]`;
}

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Words joined by separators (`Access-Control-Allow-Origin`, `application/x-www-form-urlencoded`,
 * `X-Forwarded-For`): header names, media types and dotted names, not keys. A generated key mixes
 * case inside its pieces or carries digits.
 */
const WORDS = /^[A-Za-z][a-z]*(?:[-_./:][A-Za-z][a-z]*)*$/;

function looksLikeCredential(value: string): boolean {
  if (value.length < 16 || /\s/.test(value) || WORDS.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
  return classes >= 2 && entropy(value) >= 3.5;
}

/**
 * Values the secrets analyzer recognises (provider formats such as `npm_…`, `sk-ant-…`, `SG.…`),
 * masked wherever they sit, quoted or not: an IaC or code finding on `ENV NPM_TOKEN=npm_…` or
 * `KEY: SG.…` must not carry the value into a report.
 */
function maskDetectedSecrets(text: string): string {
  const hits = builtInDetector().detect(text).sort((a, b) => b.start - a.start);
  let out = text;
  for (const h of hits) out = out.slice(0, h.start) + maskValue(h.secret) + out.slice(h.end);
  return out;
}

export function redactSnippet(snippet: string): string {
  return maskDetectedSecrets(snippet)
    .split('\n')
    .map((line) => {
      let out = line.replace(URL_PASSWORD, (_m, a: string, pw: string, at: string) => `${a}${maskValue(pw)}${at}`);
      const lineNamesSecret = SECRET_NAME.test(line);
      out = out.replace(QUOTED, (m, q: string, body: string) => {
        if (body.includes('…[redacted')) return m;
        if (looksLikeCredential(body) || (lineNamesSecret && body.length >= 6 && !/\s/.test(body) && !/^[a-z]+(?:[._-][a-z]+)*$/i.test(body) && !body.includes('${'))) {
          return `${q}${maskValue(body)}${q}`;
        }
        return m;
      });
      return out;
    })
    .join('\n');
}
