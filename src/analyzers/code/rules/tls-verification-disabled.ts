import type { CodeRule } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { falseByDefault, isFalseValue, isTrueValue, trueByDefault } from './_local-values.js';
import { pathContext } from '../../../findings/context.js';

/** `process.env.NODE_TLS_REJECT_UNAUTHORIZED` / `process.env['NODE_TLS_REJECT_UNAUTHORIZED']`. */
function isRejectUnauthorizedEnv(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'MemberExpression' && propertyName(n) === 'NODE_TLS_REJECT_UNAUTHORIZED' && memberPath(n.object) === 'process.env';
}


/**
 * `process.env.NODE_ENV === 'production'`, `process.env.TLS_VERIFY === 'true'`: verification is on only
 * when a variable is set to one value, so it is off wherever the variable is missing or different.
 */
function isOnlyWhenEnvEquals(node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== 'BinaryExpression' || (n.operator !== '===' && n.operator !== '==')) return false;
  const sides = [unwrap(n.left), unwrap(n.right)];
  return sides.some((s) => (memberPath(s) ?? '').startsWith('process.env.')) && sides.some((s) => s.type === 'Literal' && typeof s.value === 'string');
}

/** SQL Server drivers whose `trustServerCertificate` option skips the certificate check. */
const SQL_SERVER_DRIVER = /^(mssql|tedious)(\/|$)/;
/** An ADO.NET-style SQL Server connection string that trusts any certificate: `…;TrustServerCertificate=true;`. */
const TRUST_SERVER_CERTIFICATE = /(^|;)\s*TrustServerCertificate\s*=\s*(true|yes)\s*(;|$)/i;

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|::1|\[::1\])$/i;
/** Configuration values that name the unverified mode: `sslmode=no-verify`, `tls: 'insecure'`. */
const NO_VERIFY_MODE = /^(no[-_]?verify|insecure|skip[-_]?verify|unverified)$/i;

const stringLiteral = (n: Node) => n.type === 'Literal' && typeof n.value === 'string';
/** `x === 'lit'` where the literal passes `test`. */
function equalsLiteral(n: Node, test: RegExp): boolean {
  if (n.type !== 'BinaryExpression' || (n.operator !== '===' && n.operator !== '==')) return false;
  return [unwrap(n.left), unwrap(n.right)].some((s) => stringLiteral(s) && test.test(s.value));
}

/** True only for a loopback host: `host === 'localhost'`, an anchored `/^(localhost|127…)$/.test(host)`, `[…loopbacks].includes(host)`. */
function onlyLoopback(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'LogicalExpression') return n.operator === '&&' ? onlyLoopback(n.left) || onlyLoopback(n.right) : n.operator === '||' && onlyLoopback(n.left) && onlyLoopback(n.right);
  if (equalsLiteral(n, LOOPBACK_HOST)) return true;
  if (n.type !== 'CallExpression' || unwrap(n.callee).type !== 'MemberExpression') return false;
  const target = unwrap(unwrap(n.callee).object);
  const method = propertyName(unwrap(n.callee));
  const pattern: string | undefined = target.type === 'Literal' ? target.regex?.pattern : undefined;
  if (method === 'test' && pattern) return pattern.startsWith('^') && pattern.endsWith('$') && /localhost|127\\?\.0/.test(pattern);
  return method === 'includes' && target.type === 'ArrayExpression' && target.elements.length > 0
    && target.elements.every((e: Node | null) => e && stringLiteral(unwrap(e)) && LOOPBACK_HOST.test(unwrap(e).value));
}

/** True only when configuration names the unverified mode: `mode === 'no-verify'`. */
function onlyWhenNoVerifyAsked(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'LogicalExpression') return n.operator === '&&' ? onlyWhenNoVerifyAsked(n.left) || onlyWhenNoVerifyAsked(n.right) : n.operator === '||' && onlyWhenNoVerifyAsked(n.left) && onlyWhenNoVerifyAsked(n.right);
  return equalsLiteral(n, NO_VERIFY_MODE);
}

/**
 * A flag named as the caller's request to skip verification (`tlsInsecure`, `options.tlsAllowInvalidCertificates`,
 * `allowSelfSigned`, `skipVerify`): a driver translating its own documented opt-out into Node's TLS
 * options, where the choice is made (and reported) by whoever sets that option.
 */
const INSECURE_FLAG = /^(tls|ssl)?(insecure|allowInvalid(Certificates|Certs|Hostnames)|allowSelfSigned(Certs?|Certificates?)?|skipVerif(y|ication)|noVerify|ignoreCert(ificate)?Errors|acceptInvalidCerts)$/i;
function isInsecureFlag(node: Node, constant: (n: Node) => unknown): boolean {
  const n = unwrap(node);
  if (n.type === 'BinaryExpression' && (n.operator === '===' || n.operator === '==')) {
    const [l, r] = [unwrap(n.left), unwrap(n.right)];
    return (isInsecureFlag(l, constant) && r.type === 'Literal' && r.value === true) || (isInsecureFlag(r, constant) && l.type === 'Literal' && l.value === true);
  }
  const name = n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' && !n.computed ? propertyName(n) : undefined;
  // (A flag this file sets to a constant is this code's own choice, not its caller's.)
  return !!name && INSECURE_FLAG.test(name) && constant(n) === undefined;
}

/** True only when configuration names the unverified mode or a flag asks for it. */
function onlyWhenInsecureAsked(node: Node, constant: (n: Node) => unknown): boolean {
  const n = unwrap(node);
  if (n.type === 'LogicalExpression') return n.operator === '&&' ? onlyWhenInsecureAsked(n.left, constant) || onlyWhenInsecureAsked(n.right, constant) : n.operator === '||' && onlyWhenInsecureAsked(n.left, constant) && onlyWhenInsecureAsked(n.right, constant);
  return onlyWhenNoVerifyAsked(n) || isInsecureFlag(n, constant);
}

/**
 * The setting sits in a branch taken only for a loopback host (no network path to intercept) or only
 * when configuration explicitly names the unverified mode (`case 'no-verify':`): the library honours a
 * choice its user made, and that choice is reported where it is written (`?sslmode=no-verify`).
 */
function behindLoopbackOrOptIn(node: Node, ancestors: readonly Node[], constant: (n: Node) => unknown): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    const child = ancestors[i + 1] ?? node;
    if (isFunction(a)) return false;
    const guarded = (test: Node) => onlyLoopback(test) || onlyWhenInsecureAsked(test, constant);
    if ((a.type === 'IfStatement' || a.type === 'ConditionalExpression') && child === a.consequent && guarded(a.test)) return true;
    if (a.type === 'LogicalExpression' && a.operator === '&&' && child === a.right && guarded(a.left)) return true;
    if (a.type === 'SwitchStatement' && child.type === 'SwitchCase') {
      // The case and the empty cases that fall into it must all name the unverified mode.
      const cases: Node[] = a.cases;
      let k = cases.indexOf(child);
      const tests: Node[] = [];
      for (; k >= 0; k--) {
        const c = cases[k];
        if (c !== child && c.consequent.length > 0) {
          const last = c.consequent[c.consequent.length - 1];
          if (!['BreakStatement', 'ReturnStatement', 'ThrowStatement', 'ContinueStatement'].includes(last.type)) return false;
          break;
        }
        if (!c.test) return false;
        tests.push(unwrap(c.test));
      }
      return tests.length > 0 && tests.every((t) => stringLiteral(t) && NO_VERIFY_MODE.test(t.value));
    }
  }
  return false;
}

/** Node treats only the string '0' (and a number 0 coerced to it) as "do not verify". */
function isZero(value: unknown): boolean {
  return value === '0' || value === 0;
}

/** A `checkServerIdentity` callback that never returns an error accepts any certificate name. */
function acceptsAnyIdentity(fn: Node): boolean {
  if (!isFunction(fn)) return false;
  const body = fn.body;
  if (body.type !== 'BlockStatement') {
    const b = unwrap(body);
    return (b.type === 'Identifier' && b.name === 'undefined') || (b.type === 'Literal' && b.value === null) || (b.type === 'UnaryExpression' && b.operator === 'void');
  }
  let returnsSomething = false;
  let throws = false;
  walk(body, [{
    ReturnStatement(node) {
      const arg = node.argument && unwrap(node.argument);
      if (arg && !(arg.type === 'Identifier' && arg.name === 'undefined') && !(arg.type === 'Literal' && arg.value === null)) returnsSomething = true;
    },
    ThrowStatement() { throws = true; },
  }]);
  return !returnsSomething && !throws;
}

export const tlsVerificationDisabled: CodeRule = {
  meta: {
    id: 'js/tls-verification-disabled',
    title: 'TLS certificate verification disabled',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [295],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['tls', 'crypto', 'config', 'ai-common'],
    description: 'The code turns off TLS certificate checks (`rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `strictSSL: false`, `trustServerCertificate: true` (SQL Server drivers), a `checkServerIdentity` that accepts everything, or a library option that is off unless its caller asks: `rejectUnauthorized: options.rejectUnauthorized === true`). Anyone on the network path can then impersonate the server and read or change the traffic, including credentials and tokens. Assistants add this to silence "self-signed certificate" errors.',
    fix: 'Keep verification on and trust the right certificate instead: pass the private CA with `ca: fs.readFileSync(\'ca.pem\')` (or set `NODE_EXTRA_CA_CERTS=/path/ca.pem`), use the provider\'s CA bundle for managed databases (`ssl: { ca }`), and never set `NODE_TLS_REJECT_UNAUTHORIZED`. If a test really needs a self-signed server, give the test its own CA rather than disabling checks in shared code.',
    examples: {
      bad: "const agent = new https.Agent({ rejectUnauthorized: false });\nconst res = await axios.get(url, { httpsAgent: agent });\n\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      good: "const agent = new https.Agent({ ca: fs.readFileSync('certs/internal-ca.pem') });\nconst res = await axios.get(url, { httpsAgent: agent });",
    },
  },
  pattern: {
    create: (ctx) => {
      const constant = (n: Node | undefined) => ctx.constantValue(n);
      /** false, or a condition with a literal false branch (disabled in some environments). */
      // Test suites talk to their own self-signed servers: still reported, one severity lower with a
      // `test` tag like every finding in test code (findings/context.ts).
      const inTests = pathContext(ctx.path) === 'test';
      const sqlServerDriver = [...ctx.modules.specifiers].some((m) => SQL_SERVER_DRIVER.test(m));
      /** An mssql/tedious option: the file imports one, or the config around it names the `mssql` dialect. */
      const sqlServerConfig = (ancestors: readonly Node[]) => sqlServerDriver || ancestors.some((a) => a.type === 'ObjectExpression'
        && a.properties.some((p: Node) => p.type === 'Property' && /^(dialect|type|client)$/.test(propertyName(p) ?? '') && /^(mssql|tedious)$/.test(String(constant(p.value) ?? ''))));
      const check = (prop: Node, value: Node, what: string, disabledWhen: 'false' | 'true', ancestors: readonly Node[]) => {
        const v = unwrap(value);
        if (behindLoopbackOrOptIn(prop, ancestors, constant)) return;
        // `options.tlsAllowInvalidCertificates ? false : true`: off only when the caller's flag asks for it.
        if (v.type === 'ConditionalExpression' && onlyWhenInsecureAsked(v.test, constant) && !(disabledWhen === 'false' ? isFalseValue : isTrueValue)(unwrap(v.alternate), constant)) return;
        const matches = disabledWhen === 'false' ? isFalseValue : isTrueValue;
        if (matches(v, constant) && inTests) {
          ctx.report(prop, `TLS verification disabled in test code: ${what}; keep it out of shared helpers that production code imports`);
        } else if (matches(v, constant)) {
          ctx.report(prop, `TLS verification disabled: ${what}; any certificate is accepted, so the connection can be intercepted`);
        } else if (disabledWhen === 'false' && isOnlyWhenEnvEquals(v)) {
          ctx.report(prop, `TLS verification off by default: ${what.replace(': false', '')} is true only when ${ctx.source(v)}, so any environment without that setting accepts any certificate`, { severity: 'medium', confidence: 'medium' });
        } else if (disabledWhen === 'false' ? falseByDefault(v) : trueByDefault(v)) {
          // A library's own option handling: the check is on only for callers who know to ask for it.
          ctx.report(prop, `TLS verification off by default: ${what.replace(/: (false|true)$/, '')} is \`${ctx.source(v).slice(0, 60)}\`, so every caller that does not set the option accepts any certificate`, { severity: 'medium', confidence: 'medium' });
        } else if (v.type === 'ConditionalExpression' && (matches(v.consequent, constant) || matches(v.alternate, constant))) {
          ctx.report(prop, `TLS verification disabled in some environments: ${what} depending on a condition; misconfigured or non-production environments accept any certificate`, { severity: 'medium', confidence: 'medium' });
        }
      };
      return {
        Property(node, ancestors) {
          const parent = ancestors[ancestors.length - 1];
          if (parent?.type !== 'ObjectExpression' || node.kind !== 'init') return;
          const key = propertyName(node);
          if (key === 'rejectUnauthorized') check(node, node.value, 'rejectUnauthorized: false', 'false', ancestors);
          else if (key === 'strictSSL' || key === 'sslValidate') check(node, node.value, `${key}: false`, 'false', ancestors);
          // MongoDB driver options that skip certificate or host-name checks.
          else if (key === 'tlsAllowInvalidCertificates' || key === 'tlsAllowInvalidHostnames' || key === 'tlsInsecure') check(node, node.value, `${key}: true`, 'true', ancestors);
          // SQL Server drivers (mssql, tedious): the server's certificate is accepted unchecked. Only
          // where the file uses one (or names the dialect): a config object another library merges
          // its caller's options into is that library's default, not this code's choice.
          else if (key === 'trustServerCertificate' && sqlServerConfig(ancestors)) check(node, node.value, 'trustServerCertificate: true', 'true', ancestors);
          else if (key === 'insecure') {
            // `got(url, { https: { insecure: true } })`-style client flag; only inside an `https` option block,
            // so unrelated `insecure` settings (cookies, dev servers) are not taken for TLS.
            const owner = ancestors[ancestors.length - 2];
            if (owner?.type === 'Property' && propertyName(owner) === 'https') check(node, node.value, 'https.insecure: true', 'true', ancestors);
          } else if (key === 'checkServerIdentity' && acceptsAnyIdentity(unwrap(node.value))) {
            ctx.report(node, 'TLS verification disabled: checkServerIdentity accepts any host name, so a certificate for another site is accepted');
          } else if (key === 'NODE_TLS_REJECT_UNAUTHORIZED' && isZero(constant(node.value))) {
            // `spawn(cmd, { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } })`, `Object.assign(process.env, {...})`
            ctx.report(node, 'TLS verification disabled: NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for every HTTPS connection of the process');
          }
        },
        AssignmentExpression(node, ancestors) {
          if (node.operator !== '=') return;
          const left = unwrap(node.left);
          if (isRejectUnauthorizedEnv(left) && isZero(constant(node.right))) {
            ctx.report(node, 'TLS verification disabled: NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for every HTTPS connection of the process');
          } else if (left.type === 'MemberExpression' && propertyName(left) === 'rejectUnauthorized') {
            // https.globalAgent.options.rejectUnauthorized = false
            check(node, node.right, 'rejectUnauthorized set to false', 'false', ancestors);
          }
        },
        Literal(node) {
          // pg / Prisma connection strings: `?sslmode=no-verify` encrypts but accepts any certificate.
          if (typeof node.value === 'string' && /[?&]sslmode=no-verify\b/i.test(node.value)) {
            ctx.report(node, 'TLS verification disabled: sslmode=no-verify accepts any database server certificate');
          } else if (typeof node.value === 'string' && TRUST_SERVER_CERTIFICATE.test(node.value)) {
            ctx.report(node, 'TLS verification disabled: TrustServerCertificate=true accepts any SQL Server certificate');
          }
        },
        TemplateElement(node) {
          if (/[?&]sslmode=no-verify\b/i.test(node.value?.cooked ?? '')) {
            ctx.report(node, 'TLS verification disabled: sslmode=no-verify accepts any database server certificate');
          } else if (TRUST_SERVER_CERTIFICATE.test(node.value?.cooked ?? '')) {
            ctx.report(node, 'TLS verification disabled: TrustServerCertificate=true accepts any SQL Server certificate');
          }
        },
      };
    },
  },
};
