import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, memberPath, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { resolveValue } from '../frontend/js/bindings.js';
import { hardcodedValue, isEnvRead } from './_jwt.js';
import { nameWords, simpleName } from './_names.js';
import { isPlaceholder as isSecretPlaceholder } from '../../secrets/placeholder.js';
import { characterClasses, shannonEntropy } from '../../secrets/entropy.js';
import { pathContext } from '../../../findings/context.js';

/** Database, cache, queue, mail and remote-shell clients that take credentials. */
const CLIENT_MODULE = /^(pg|pg-pool|pg-promise|postgres|mysql|mysql2|mysql2\/promise|mariadb|mongodb|mongoose|sequelize|knex|redis|ioredis|nodemailer|typeorm|mssql|tedious|oracledb|amqplib|amqplib\/callback_api|ssh2|node-ssh|ssh2-sftp-client|ftp|basic-ftp|ldapjs|@elastic\/elasticsearch|cassandra-driver|neo4j-driver|@neondatabase\/serverless|@nestjs\/typeorm|@nestjs\/mongoose|@nestjs\/sequelize|kafkajs|mqtt|snowflake-sdk|better-sqlite3|nats|couchbase|@influxdata\/influxdb-client|imap|imapflow)(\.|$)/;
const CLIENT_CALLEE = /(^|\.)(Pool|Client|createConnection|createPool|createPoolCluster|createClient|createTransport|createTransporter|Sequelize|MongoClient|DataSource|Knex|knex|Redis|Cluster|getConnection|ConnectionPool|forRoot|forRootAsync|Kafka|NodeSSH|SftpClient|basic|connect)$/;
/** Keys that mark an object as connection settings (alongside a password). */
const CONNECTION_KEYS = /^(host|hostname|port|database|db|dbName|dialect|server|connectionString|connectString|socketPath|instanceName|authSource|replicaSet)$/;
const CREDENTIAL_PARENTS = /^(auth|credentials|connection|db|database|datasource|mysql|postgres|postgresql|pg|redis|mongo|mongodb|smtp|mail|mailer|email|sql|mssql|rabbitmq|amqp|ftp|sftp|ssh|ldap|elastic|elasticsearch|cassandra|neo4j|kafka|sasl|imap)$/i;
const DB_URL = /^(mongodb(\+srv)?|postgres(ql)?|mysql|mariadb|redis|rediss|amqps?|mssql|sqlserver|ftp|sftp|smtps?|ldaps?|neo4j(\+s)?|bolt|cassandra|couchbase|nats|mqtts?):\/\/[^:/@\s]*:([^@\s]+)@/i;

/** Keys that name the account a password belongs to. */
const USER_KEY = /^(user|username|login|email|name|account)$/i;

/** `process.env.X || 'literal'` (directly or through a constant): the literal is the default password. */
function envFallback(ctx: CodeRuleContext, node: Node): boolean {
  const v = unwrap(resolveValue(ctx.program, node).value);
  return v.type === 'LogicalExpression' && isEnvRead(v.left);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // malformed %-escapes are data, not a crash
  }
}

/** Template markers and masks that cannot be anyone's real password. */
function isPlaceholder(value: string): boolean {
  return /^(<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|\[[^\]]*\]|\*+|x+|\.+|your[-_ ]?\w*|\w*[-_]here|replace[-_ ]?me|todo|tbd|n\/a)$/i.test(value.trim());
}

function isPasswordKey(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name);
  const last = w[w.length - 1];
  return !!last && /^(password|passwd|pass|pwd|passphrase)$/.test(last) && !w.some((x) => /^(reset|confirm|new|old|current|hint|label|placeholder|field|min|max|length|policy|strength|regex|pattern|hashed|hash|encrypted)$/.test(x));
}

/** A shared secret that callers present (`PREVIEW_SECRET`, `ADMIN_TOKEN`, `webhookSecret`), not a key of some data. */
function isSharedSecretName(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name);
  return /^(secret|token)$/.test(w[w.length - 1] ?? '') && !w.some((x) => /^(csrf|xsrf|session|refresh|access|id|reset|verification|confirm|name|header|field|param|cookie|storage|cache|type|length)$/.test(x));
}

function isApiKeyName(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name).join(' ');
  return /^(x )?api key$|^(admin|master|secret) (key|token)$|^admin secret$/.test(w);
}

/** A key that a service's API is called with (`apiKey`, `api_key`, `apiSecret`), not a public or publishable one. */
function isServiceKeyName(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name);
  if (w.some((x) => /^(public|pub|publishable|site|client|browser|search|test|demo|example|sample|dummy|fake)$/.test(x))) return false;
  return /^(x )?api (key|secret)$/.test(w.join(' '));
}

/** A token a service's API is called with (`token`, `apiToken`, `accessToken`), not one about sessions, forms or caches. */
function isServiceTokenName(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name);
  return w[w.length - 1] === 'token' && !w.some((x) => /^(csrf|xsrf|session|refresh|id|reset|verification|confirm|name|header|field|param|cookie|storage|cache|type|length|public|publishable|site|client|browser|test|demo|example|sample|dummy|fake)$/.test(x));
}

/** `env.get('MAILGUN_DOMAIN')` (AdonisJS, envalid-style helpers), `configService.get('X')`, `process.env.X`: a setting read from the environment. */
function readsEnvironment(node: Node): boolean {
  const n = unwrap(node);
  if (isEnvRead(n)) return true;
  if (n.type === 'LogicalExpression' || n.type === 'ConditionalExpression') return [n.left, n.right, n.consequent, n.alternate].some((x) => x && readsEnvironment(x));
  if (n.type !== 'CallExpression' || calleeProperty(n) !== 'get') return false;
  const receiver = unwrap(n.callee).object;
  return /^(env|Env|configService)$/.test(simpleName(receiver) ?? '') && /^[A-Z][A-Z0-9_]*$/.test(stringValue(n.arguments[0]) ?? '');
}

/** Does any value of this settings object (nested objects included) come from the environment? */
function settingsReadEnvironment(obj: Node, depth = 0): boolean {
  if (depth > 4) return false;
  for (const p of obj.properties as Node[]) {
    if (p.type !== 'Property') continue;
    const v = unwrap(p.value);
    if (v.type === 'ObjectExpression' ? settingsReadEnvironment(v, depth + 1) : readsEnvironment(v)) return true;
  }
  return false;
}

/** The literal text of a hard-coded value (following constants and `||` fallbacks), for inspection only. */
function literalText(ctx: CodeRuleContext, node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const v = unwrap(resolveValue(ctx.program, node).value);
  const s = stringValue(v);
  if (s !== undefined) return s;
  if (v.type === 'LogicalExpression') return stringValue(v.right);
  return undefined;
}

/** Is the object a property sits in a header map: `headers: {…}`, `new Headers({…})`? */
function headersObject(ancestors: readonly Node[]): boolean {
  const obj = ancestors[ancestors.length - 1];
  if (obj?.type !== 'ObjectExpression') return false;
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const a = ancestors[i]!;
    if (/^(ParenthesizedExpression|TSAsExpression|TSSatisfiesExpression)$/.test(a.type)) continue;
    if (a.type === 'Property') return /^headers$/i.test(propertyName(a) ?? '');
    if (a.type === 'NewExpression') return memberPath(a.callee) === 'Headers';
    if (a.type === 'VariableDeclarator') return /headers$/i.test(simpleName(a.id) ?? '');
    return false;
  }
  return false;
}

/** The call or `new` an object literal is (possibly nested) passed to. */
function receivingCall(ancestors: readonly Node[], from: number): Node | undefined {
  for (let i = from; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a.type === 'CallExpression' || a.type === 'NewExpression') return a;
    if (!/^(ObjectExpression|Property|ArrayExpression|ArrowFunctionExpression|ParenthesizedExpression|TSAsExpression|TSSatisfiesExpression)$/.test(a.type)) return undefined;
  }
  return undefined;
}

/** Authorization schemes written before the credential: `Bearer <token>`, `token <pat>`, `Bot <token>`. */
const AUTH_SCHEME = /^(bearer|token|bot|key|apikey|api-key|sso-key)\s+/i;
/** Headers that carry an API credential by name (`X-API-Key`, `api-key`, `X-Auth-Token`, `PRIVATE-TOKEN`). */
const API_KEY_HEADER = /^(x-)?([a-z0-9]+-)*(api-?key|auth-?token|access-?token|private-token|secret-?key|subscription-key)$/i;
/** An OAuth client's secret in a token request (`client_secret`, `clientSecret`). */
const OAUTH_CLIENT_SECRET = /^client[_-]?secret$/i;
/** Test code sends made-up tokens on purpose; beyond test folders and files (findings/context.ts), Playwright suites and Storybook stories do too. */
const MOCK_PATH = /(^|\/)playwright\/|\.stories\.[cm]?[jt]sx?$/i;

/**
 * A credential someone could use: long, without spaces, random-looking (several character
 * classes, high entropy) and not a template marker or documentation example.
 */
function looksLikeRealToken(text: string): boolean {
  // (A URL is an address, not a credential: OAuth settings name their endpoint `authorization`.)
  if (text.length < 16 || /\s/.test(text) || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || isSecretPlaceholder(text) || isPlaceholder(text)) return false;
  return characterClasses(text) >= 2 && shannonEntropy(text) >= 3;
}

/** Cheap pre-filter: a file without a password, key or credentialed URL cannot match (skips the visitors). */
const FILE_GATE = /pass|pwd|secret|api.?key|authorization|[-_]token|token['"]?\s*:|:\/\/[^\s'\"`:@\/]*:[^\s'\"`@\/]+@|Sequelize|auth\.basic/i;

export const hardcodedCredentials: CodeRule = {
  meta: {
    id: 'js/hardcoded-credentials',
    title: 'Hard-coded credentials',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [798, 259],
    owasp: 'A07:2021-Identification and Authentication Failures',
    tags: ['auth', 'secrets', 'config', 'ai-common'],
    description: "A password is written in the code: passed to a database, cache, queue or mail client (`new Pool({ password: 'secret123' })`, `new Sequelize('db', 'user', 'pass')`, a `mongodb://user:pass@…` URL given to `mongoose.connect`), sent as an API credential in a request header (`headers: { Authorization: 'Bearer ' + TOKEN }` or an `X-API-Key` header, with `TOKEN` a random-looking literal; test files are skipped), compared against a literal to log users in (`if (password === 'admin123')`), given to an account as the default for a missing environment variable (`admin: { user: 'admin', password: process.env.ADMIN_PASSWORD || 'S3cret!pw' }`), or a shared secret that requests are checked against (`req.query.token === PREVIEW_TOKEN`, `crypto.timingSafeEqual(…)`) is a random-looking literal or the fallback of an environment variable (`process.env.PREVIEW_TOKEN || 'pv-…'`), or a settings object that reads its other values from the environment writes an API key or token in as a random-looking literal (`mailgun: { domain, apiKey: 'key-…' }` beside `env.get('…')`, `ats: { baseURL, token: 'ats_live_…' }` beside `process.env.X`). Everyone with the code, and every copy of the repository, has the credential; it cannot be rotated without a release.",
    fix: "Read credentials from the environment or a secret manager at start-up and fail when they are missing: `new Pool({ password: process.env.PGPASSWORD })`, `mongoose.connect(process.env.MONGODB_URI)`, `Authorization: 'Bearer ' + process.env.BILLING_TOKEN`. For logins, look the user up and compare a stored argon2/bcrypt hash (`await argon2.verify(user.passwordHash, password)`), never a literal. Rotate any password that was committed. Empty strings and template markers (`'<password>'`) are not reported.",
    examples: {
      bad: "const pool = mysql.createPool({ host: 'db', user: 'root', password: 'admin123', database: 'shop' });\nif (req.body.username === 'admin' && req.body.password === 'admin123') req.session.admin = true;",
      good: "const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'shop' });\nconst ok = user && await argon2.verify(user.passwordHash, req.body.password);",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      const reported = new Set<Node>();
      const report = (node: Node, message: string, literal: Node) => {
        if (reported.has(node)) return;
        reported.add(node);
        ctx.report(node, message, { redact: [literal] });
      };
      const isClientCall = (call: Node | undefined) => {
        if (!call) return false;
        const name = ctx.qualifiedName(call.callee) ?? '';
        return CLIENT_MODULE.test(name) || CLIENT_CALLEE.test(name);
      };
      const hardcodedPassword = (value: Node | undefined) => {
        const hv = hardcodedValue(ctx, value);
        const text = literalText(ctx, value);
        // One character is a flag or a separator (a CLI parser's `alias: { password: 'P' }`), no account's password.
        return hv && text !== undefined && !isPlaceholder(text) && [...text].length > 1 ? hv : undefined;
      };
      const checkUrl = (value: Node | undefined, at: Node) => {
        const text = literalText(ctx, value);
        const m = text !== undefined ? DB_URL.exec(text) : null;
        if (!m || isPlaceholder(safeDecode(m[m.length - 1]!))) return;
        const hv = hardcodedValue(ctx, value);
        if (hv) report(hv.declared ?? at, 'Connection string with a hard-coded password is passed to a client (read it from the environment)', hv.literal);
      };
      /** `mongoose.connect('mongodb://u:p@h')`, `new Pool({ connectionString: 'postgres://u:p@h/db' })`. */
      const checkClientArguments = (call: Node) => {
        checkUrl(call.arguments[0], call);
        const opts = call.arguments[0] && unwrap(call.arguments[0]);
        if (opts?.type !== 'ObjectExpression') return;
        for (const p of opts.properties) {
          if (p.type === 'Property' && /^(connectionString|url|uri|connection)$/.test(propertyName(p) ?? '')) checkUrl(p.value, p);
        }
      };
      /**
       * A header value that carries a hard-coded credential: `Bearer ${TOKEN}` / `'Bearer ' + TOKEN`
       * with TOKEN a literal (or a constant, or an env fallback), or the literal header value itself.
       */
      const checkHeaderCredential = (value: Node | undefined, at: Node, sentAs: string) => {
        if (!value || testFile) return;
        let v = unwrap(value);
        if (v.type === 'Identifier' || v.type === 'MemberExpression') {
          const resolved = unwrap(resolveValue(ctx.program, v).value);
          if (resolved.type === 'TemplateLiteral' || resolved.type === 'BinaryExpression') v = resolved;
        }
        let token: Node = v;
        if (v.type === 'TemplateLiteral' && v.expressions.length === 1 && AUTH_SCHEME.test(v.quasis[0].value.cooked ?? '') && (v.quasis[0].value.cooked ?? '').replace(AUTH_SCHEME, '') === '' && !(v.quasis[1].value.cooked ?? '')) {
          token = v.expressions[0];
        } else if (v.type === 'BinaryExpression' && v.operator === '+' && AUTH_SCHEME.test(stringValue(v.left) ?? '') && (stringValue(v.left) ?? '').replace(AUTH_SCHEME, '') === '') {
          token = v.right;
        }
        const hv = hardcodedValue(ctx, token);
        const text = literalText(ctx, token)?.replace(AUTH_SCHEME, '');
        if (!hv || text === undefined || !looksLikeRealToken(text)) return;
        report(hv.declared ?? at, `Hard-coded API credential sent ${sentAs}${hv.kind === 'fallback' ? ' (as the fallback when the environment variable is missing)' : ''}: everyone with the code can call the service as this account (read it from the environment or a secret manager)`, hv.literal);
      };
      /** `Authorization` or an API-key header, inside a `headers` object / `new Headers({…})` (an OAuth provider's `authorization` setting is its endpoint). */
      const credentialHeader = (name: string | undefined, headersContext: boolean): string | undefined => {
        if (!name) return undefined;
        if (!headersContext) return undefined;
        return name.toLowerCase() === 'authorization' ? 'Authorization' : API_KEY_HEADER.test(name) ? name : undefined;
      };
      /**
       * A shared secret requests are checked against (`given === PREVIEW_SECRET`), written in the code or
       * as the fallback of an environment variable: whoever reads the code passes the check.
       */
      const checkSharedSecret = (value: Node, at: Node) => {
        if (testFile) return;
        let v = unwrap(value);
        // (`const b = Buffer.from(SECRET)` first, then `timingSafeEqual(a, b)`.)
        const bytes = v.type === 'Identifier' ? unwrap(resolveValue(ctx.program, v).value) : v;
        if (bytes.type === 'CallExpression' && /^Buffer\.from$/.test(memberPath(bytes.callee) ?? '') && bytes.arguments[0]) v = unwrap(bytes.arguments[0]);
        // Only a binding has a name: a string compared with a mode (`auth.type === 'service-principal-secret'`)
        // is a value, however its text ends.
        if (v.type !== 'Identifier' && v.type !== 'MemberExpression') return;
        if (!isSharedSecretName(simpleName(v))) return;
        const hv = hardcodedValue(ctx, v);
        const text = literalText(ctx, v);
        if (!hv || text === undefined || !looksLikeRealToken(text)) return;
        report(hv.declared ?? at, `Hard-coded secret${hv.kind === 'fallback' ? ' (as the fallback when the environment variable is missing)' : ''} that requests are checked against: anyone with the code passes the check (read it from the environment or a secret manager, and fail when it is missing)`, hv.literal);
      };
      const path = ctx.path.replace(/\\/g, '/');
      const testFile = pathContext(path) === 'test' || MOCK_PATH.test(path);
      return {
        AssignmentExpression(node) {
          // axios.defaults.headers.common['Authorization'] = `Bearer ${TOKEN}`
          const left = unwrap(node.left);
          if (node.operator !== '=' || left.type !== 'MemberExpression') return;
          const headers = /(^|\.)headers(\.common)?$/i.test(memberPath(left.object) ?? '');
          const header = credentialHeader(propertyName(left), headers);
          if (header) checkHeaderCredential(node.right, node, `in the ${header} header`);
        },
        Property(node, ancestors) {
          const header = credentialHeader(propertyName(node), headersObject(ancestors));
          if (header && ancestors[ancestors.length - 1]?.type === 'ObjectExpression') checkHeaderCredential(node.value, node, `in the ${header} header`);
          // An OAuth client's secret in a token request body (`client_secret: SECRET`) is its password.
          else if (!node.computed && OAUTH_CLIENT_SECRET.test(propertyName(node) ?? '')) checkHeaderCredential(node.value, node, 'as the OAuth client secret');
          // A settings object that reads its other values from the environment but writes this API key
          // in (`mailgun: { domain: …, apiKey: 'key-…' }` beside `token: env.get('ENRICH_TOKEN')`), or an
          // API token likewise (`ats: { baseURL: …, token: 'ats_live_…' }` in a config read from `process.env`).
          if (!node.computed && !testFile && (isServiceKeyName(propertyName(node)) || isServiceTokenName(propertyName(node))) && unwrap(node.value).type !== 'ObjectExpression') {
            const text = literalText(ctx, node.value);
            const hv = hardcodedValue(ctx, node.value);
            let outer: Node | undefined;
            for (let i = ancestors.length - 1; i >= 0; i--) {
              const a = ancestors[i]!;
              if (a.type === 'ObjectExpression') outer = a;
              else if (a.type !== 'Property' && !/^(ParenthesizedExpression|TSAsExpression|TSSatisfiesExpression)$/.test(a.type)) break;
            }
            if (hv && hv.kind === 'literal' && text !== undefined && looksLikeRealToken(text) && outer && settingsReadEnvironment(outer)) {
              report(hv.declared ?? node, `Hard-coded API ${isServiceTokenName(propertyName(node)) ? 'token' : 'key'} in settings whose other values come from the environment: everyone with the code can call the service as this account (read it from the environment or a secret manager)`, hv.literal);
            }
          }
          if (node.computed || !isPasswordKey(propertyName(node))) return;
          const hv = hardcodedPassword(node.value);
          if (!hv) return;
          const obj = ancestors[ancestors.length - 1];
          const parent = ancestors[ancestors.length - 2];
          const siblings: string[] = obj?.type === 'ObjectExpression' ? obj.properties.map((p: Node) => (p.type === 'Property' ? propertyName(p) ?? '' : '')) : [];
          const call = receivingCall(ancestors, ancestors.length - 1);
          const connection = siblings.some((s) => CONNECTION_KEYS.test(s));
          const credentials = parent?.type === 'Property' && CREDENTIAL_PARENTS.test(propertyName(parent) ?? '') && siblings.some((s) => USER_KEY.test(s));
          // An account's password with a written-in default for when the environment lacks one
          // (`admin: { user: 'admin', password: process.env.ADMIN_PASSWORD || '…' }`): every deployment
          // that misses the variable accepts the password in the code, whatever the settings are called.
          const account = hv.kind === 'fallback' && !testFile && envFallback(ctx, node.value) && siblings.some((s) => USER_KEY.test(s)) && !isSecretPlaceholder(stringValue(hv.literal) ?? '');
          // Tests post login bodies ({ username, password }): those are not client settings.
          if (isClientCall(call) || connection || credentials || account) {
            report(hv.declared ?? node, 'Hard-coded password in client or connection settings (read it from the environment or a secret manager)', hv.literal);
          }
        },
        NewExpression(node) {
          const name = ctx.qualifiedName(node.callee) ?? '';
          if (/(^|\.)Sequelize$/.test(name) && node.arguments.length >= 3) {
            const hv = hardcodedPassword(node.arguments[2]);
            if (hv) report(hv.declared ?? node, 'Hard-coded database password passed to Sequelize (read it from the environment)', hv.literal);
          }
          if (isClientCall(node)) checkClientArguments(node);
        },
        CallExpression(node) {
          // headers.set('Authorization', `Bearer ${TOKEN}`), request.setHeader('X-Api-Key', KEY)
          const method = calleeProperty(node);
          if (method && /^(set|append|setHeader|header)$/.test(method) && node.arguments.length === 2) {
            const name = ctx.constantValue(node.arguments[0]);
            const header = typeof name === 'string' ? credentialHeader(name, true) : undefined;
            if (header) checkHeaderCredential(node.arguments[1], node, `in the ${header} header`);
          }
          // crypto.timingSafeEqual(Buffer.from(given), Buffer.from(PREVIEW_SECRET)): the request is checked against a literal.
          if (/^crypto\.timingSafeEqual$/.test(ctx.qualifiedName(node.callee) ?? '')) {
            for (const arg of node.arguments as Node[]) checkSharedSecret(arg, node);
          }
          if (!isClientCall(node)) return;
          const name = ctx.qualifiedName(node.callee) ?? '';
          if (/(^|\.)auth\.basic$/.test(name)) {
            // neo4j.auth.basic('neo4j', 'password')
            const hv = hardcodedPassword(node.arguments[1]);
            if (hv) report(hv.declared ?? node, 'Hard-coded password passed to a client (read it from the environment)', hv.literal);
            return;
          }
          checkClientArguments(node);
        },
        BinaryExpression(node) {
          if (!/^(===|==|!==|!=)$/.test(node.operator)) return;
          for (const [a, b] of [[node.left, node.right], [node.right, node.left]] as [Node, Node][]) {
            const name = simpleName(a);
            if (unwrap(a).type === 'Literal' || !(isPasswordKey(name) || isApiKeyName(name))) continue;
            const text = literalText(ctx, b);
            const hv = hardcodedValue(ctx, b);
            if (text === undefined || text.length === 0 || isPlaceholder(text) || !hv) continue;
            report(node, `${isPasswordKey(name) ? 'Password' : 'API key'} is checked against a hard-coded value: anyone with the code can log in (store a hash per user, or read the value from a secret store)`, hv.literal);
            return;
          }
          for (const side of [node.left, node.right] as Node[]) checkSharedSecret(side, node);
        },
      };
    },
  },
};
