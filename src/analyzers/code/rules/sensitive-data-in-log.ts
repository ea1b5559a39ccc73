import type { CodeRule } from '../rule-api.js';
import type { Flow } from '../taint/engine.js';
import { describeFlow } from './_taint-message.js';
import { isPasswordName, nameWords } from './_names.js';

/**
 * Request parts that hold credentials as a whole: a login body, the headers (Authorization, Cookie),
 * the cookies; also as controller frameworks inject them whole (`@Body() dto`, `@Headers() all`).
 */
const WHOLE_CARRIERS = /(^|\.)(body|headers|cookies|signedCookies)$|^@(Body|Headers|HeaderParams|Cookies|CookieParams|BodyParams|requestBody|requestHeaders)\(\)$/;
/** Field names whose value is a credential (split into words, so `tokenizer` is not `token`). */
const SECRET_WORDS = new Set(['secret', 'token', 'authorization', 'cookie', 'apikey', 'cvv', 'cvc', 'ssn', 'otp', 'totp', 'mfa']);
const SECRET_PAIRS = [['api', 'key'], ['access', 'key'], ['private', 'key'], ['credit', 'card'], ['card', 'number'], ['session', 'id']];
/** Words that say the field is about a credential, not the credential (`tokenType`, `csrfTokenName`). */
const ABOUT = /^(type|name|length|expires?|expiry|ttl|count|id|ids|url|uri|hint|label|field|status|kind|scheme|prefix|version|issuer|audience|format)$/;

function secretField(name: string): boolean {
  if (isPasswordName(name)) return true;
  const words = nameWords(name);
  if (words.length === 0 || ABOUT.test(words[words.length - 1]!)) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  return SECRET_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}

/** A credential field of the request that reached the log (`password`, `authorization`). */
function credentialField(flow: Flow): string | undefined {
  if (flow.source.category !== 'request') return undefined;
  // (A header read by name, `req.get('x-api-token')`, is labelled with it.)
  const parts = flow.source.label.split('.').slice(1).map((p) => /\('([\w-]+)'\)$/.exec(p)?.[1] ?? p);
  const field = [...parts, ...flow.path].find((f) => secretField(f));
  if (field) return field;
  // `const password = form.get('password')`: a request value kept under a password's name (form
  // data, search params and headers read with get() carry no field path). Only the variable it
  // was last stored in counts: `const n = password.length` is a number, not the password.
  const stored = flow.path.length === 0 ? [...flow.steps].reverse().map((s) => /^stored in `(\w+)`$/.exec(s.message)?.[1]).find(Boolean) : undefined;
  return stored && isPasswordName(stored) ? stored : undefined;
}

/** A whole request body, header set or cookie jar: it carries credentials on some routes. */
function wholeCarrier(flow: Flow): boolean {
  return flow.source.category === 'request' && (flow.whole || !!flow.serialized) && flow.path.length === 0 && (WHOLE_CARRIERS.test(flow.source.label) || !!flow.source.payload);
}

function leaked(flow: Flow): string | undefined {
  const secret = credentialField(flow);
  if (secret) return `the credential \`${secret}\``;
  if (wholeCarrier(flow)) return `the whole \`${flow.source.label}\` (passwords, tokens, cookies on the routes that take them)`;
  return undefined;
}

export const sensitiveDataInLog: CodeRule = {
  meta: {
    id: 'js/sensitive-data-in-log',
    title: 'Credentials written to a log',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'medium',
    cwe: [532],
    owasp: 'A09:2021-Security Logging and Monitoring Failures',
    tags: ['logging', 'privacy'],
    description: 'A password, token, API key, session cookie or a whole request body or header set is written to a log. Logs are kept long, copied to log services and read by many people: whatever credential they hold is exposed to all of them.',
    fix: 'Log what identifies the event, never the secret: `logger.info({ user: username }, \'login attempt\')`; use the logger\'s redaction (pino `redact: [\'req.headers.authorization\', \'*.password\']`) for request logging.',
    examples: {
      bad: "console.log('login attempt', req.body);",
      good: "logger.info({ username: req.body.username }, 'login attempt');",
    },
  },
  taint: {
    kinds: ['logData'],
    accept: (flow) => leaked(flow) !== undefined,
    message: (flow) => `Credentials in a log: ${leaked(flow)} — ${describeFlow(flow)}`,
    // A named credential is certain; a whole body or header set holds one only on some routes.
    severity: (flow) => (credentialField(flow) ? undefined : 'low'),
  },
};
