import type { SecretRule } from '../rule-row.js';
import { characterClasses } from '../entropy.js';
import { rand } from './generate.js';

const SECRET_NAME = 'passw(?:or)?d|passwd|pwd|secret|token|api[_.\\-]?key|apikey|access[_.\\-]?key|private[_.\\-]?key|auth[_.\\-]?key|' +
  'credentials?|client[_.\\-]?secret|encryption[_.\\-]?key|signing[_.\\-]?key|master[_.\\-]?key|session[_.\\-]?key|hmac[_.\\-]?key|app[_.\\-]?key';
const ASSIGN = `\\\\?["']?\\s{0,3}(?::=|=>|=|:|\\?=)\\s{0,3}`;
const VALUE = '(?:\\\\?["\'`](?<secret>[^"\'`\\s\\\\]{8,200})\\\\?["\'`]|(?<secret2>[^\\s"\'`,;#()\\[\\]{}<>]{8,200})(?=[\\s,;#)]|$))';

/** Names that hold something about a secret (its length, its URL, its name) rather than the secret. */
const NOT_A_SECRET_NAME = new RegExp(
  '(?:length|len|size|min|max|type|types|url|uri|endpoint|path|file|filename|dir|name|names|id|ids|field|label|placeholder|' +
  'hint|text|message|msg|regex|pattern|policy|count|expires?|expiry|expiration|ttl|header|param|prefix|suffix|format|version|' +
  'strength|hash|hashed|digest|reset|confirm|confirmation|valid|validation|validator|error|errors|required|input|mode|enabled|' +
  'provider|store|manager|service|location|ref|arn|env|var|variable|mask|icon|column|attr|route|link|limit|display|' +
  'generator|key_?id|keyid|fingerprint|kind|class|schema|spec|at)$|public|publishable|^pub_|^(?:is|has|show|use|on|get|set|should)[A-Z_]',
  'i');

/** Values that are code or references, not literals: paths, URLs, dotted names, UUIDs, versions. */
const NOT_A_SECRET_VALUE = [
  /^(?:https?:|file:|\/|\.\.?\/|~\/|[a-z]+:\/\/)/i,
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /\.(?:json|pem|key|txt|ya?ml|p12|pfx|crt|cer|env|js|ts|py)$/i,
  /^v?\d+(?:\.\d+)+$/,
  /^\d+$/,
  /^(?:true|false|null|none|undefined)$/i,
  /^(?:sha\d+|md5)[-:]/i,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, // ids that embed a UUID (urn:uuid:…)
  /^urn:/i,
  /^\$(?:2[abxy]?|argon2i?d?|5|6|pbkdf2[\w-]*)\$/, // password hashes (seed data), not passwords
];

/** Where an unquoted value is an expression, not a literal. */
const CODE_KINDS = ['javascript', 'typescript', 'python', 'json', 'notebook', 'lockfile', 'html'];

/** Random-looking: mixes character classes (words and identifiers rarely mix three). */
function looksRandom(secret: string): boolean {
  const classes = characterClasses(secret);
  if (classes >= 3) return true;
  return classes === 2 && /\d/.test(secret) && secret.length >= 16;
}

const CONNECTION_DEFAULTS = /^(?:.{0,4}|password|pass|passwd|psw|pwd|secret|changeme|root|admin|postgres|mysql|test|testing|user|username|guest|example|sample|demo|dev|local|redis|mongo|default|none|null|pw|p@ssw0rd|123456|12345678|qwerty|letmein|\*+|x+|\.+)$/i;

const SCHEMES = 'postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|smtps?|ftps?|sftp|ldaps?|nats|cassandra|' +
  'couchbases?|neo4j(?:\\+s)?|bolt|clickhouse|cockroachdb|oracle|db2|kafka|mqtts?|memcached|elasticsearch|snowflake|influxdb|rethinkdb|sqlalchemy|jdbc:[a-z]+';

/** Credentials recognised by where they sit (a secret-looking name, a URL) rather than by a provider format. */
export const genericRules: SecretRule[] = [
  {
    id: 'secrets/connection-string-password',
    title: 'Password in a connection string',
    description: 'A database, cache, queue or mail connection URL with an inline password (`postgres://user:pass@host`): the password is exposed to everyone who can read the code.',
    severity: 'high',
    regex: new RegExp(`(?<![A-Za-z0-9+])(?:${SCHEMES})(?:\\+[a-z0-9]+)?://(?<user>[^:@/\\s"'\`]{0,100}):(?<secret>[^@/\\s"'\`]{3,200})@(?<host>[^\\s"'\`/?#:]+)|` +
      `(?<=^|[;"'\\s])(?:Password|Pwd)\\s*=\\s*(?<secret2>[^;"'\\s]{3,200})\\s*;`, 'i'),
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'smtp', 'ftp', 'sftp', 'ldap', 'nats',
      'cassandra', 'couchbase', 'neo4j', 'bolt', 'clickhouse', 'cockroachdb', 'oracle', 'db2', 'kafka', 'mqtt', 'memcached', 'elasticsearch',
      'snowflake', 'influxdb', 'rethinkdb', 'sqlalchemy', 'jdbc', 'password', 'pwd'],
    generic: true,
    allow: [CONNECTION_DEFAULTS],
    validate: (secret, groups) => secret !== groups?.user,
    samples: {
      tp: () => {
        const pw = rand('alnum', 18);
        return [`DATABASE_URL=postgres://app:${pw}@db.internal:5432/app`, `const uri = "mongodb+srv://svc:${pw}@cluster0.ab1cd.mongodb.net/prod";`,
          `REDIS_URL: rediss://:${pw}@cache.internal:6380/0`, `"Server=tcp:sql.internal,1433;Database=app;User ID=app;Password=${pw};Encrypt=True;"`,
          `spring.datasource.url=jdbc:mysql://reporter:${pw}@mysql.internal:3306/reports`, `amqp://worker:${pw}@rabbit:5672/`];
      },
      fp: ['DATABASE_URL=postgres://postgres:postgres@localhost:5432/app', 'postgres://user:password@localhost/db', 'mongodb://localhost:27017/app',
        'DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db:5432/app', 'redis://:<password>@host:6379', 'amqp://guest:guest@localhost:5672/',
        'mysql://root:****@127.0.0.1/db', 'git@github.com:acme/app.git'],
    },
  },
  {
    id: 'secrets/url-credentials',
    title: 'Credentials embedded in a URL',
    description: 'An http(s) URL with `user:password@`: the credential is sent to and logged by every proxy on the way, and exposed to anyone reading the code.',
    severity: 'high',
    regex: /(?<![A-Za-z0-9+])https?:\/\/(?<user>[^:@/\s"'`]{1,100}):(?<secret>[^@/\s"'`]{3,200})@(?<host>[A-Za-z0-9.\-]+)/,
    keywords: ['http'],
    generic: true,
    allow: [CONNECTION_DEFAULTS],
    validate: (secret, groups) => secret !== groups?.user,
    samples: {
      tp: () => {
        const pw = rand('alnum', 20);
        return [`registry=https://deploy:${pw}@nexus.acme-corp.net/repository/npm/`, `git clone https://ci-bot:${pw}@git.acme-corp.net/team/app.git`];
      },
      fp: ['https://user:password@example.com/', 'https://${USER}:${TOKEN}@git.acme-corp.net/app.git', 'https://example.com/@scope/pkg',
        'http://localhost:8080/path@v2'],
    },
  },
  {
    id: 'secrets/jwt-signing-secret',
    title: 'Hard-coded JWT or session signing secret',
    description: 'A literal signing secret for JWTs, sessions or cookies (`JWT_SECRET`, `SECRET_KEY_BASE`, Django/Flask `SECRET_KEY`): anyone who reads it can forge tokens and sessions for any user.',
    severity: 'high',
    regex: new RegExp(`(?<name>(?:jwt|token|session|cookie|secret|nextauth|auth)[A-Za-z0-9_.\\-]{0,40}?)${ASSIGN}${VALUE}`, 'i'),
    keywords: ['jwt', 'token', 'session', 'cookie', 'secret', 'nextauth', 'auth'],
    nameCheck: /jwt[_.\-]?(?:secret|key|signing[_.\-]?key)|token[_.\-]?secret|session[_.\-]?secret|cookie[_.\-]?secret|secret[_.\-]?key[_.\-]?base|nextauth[_.\-]?secret|auth[_.\-]?secret|(?:^|[^a-z])secret[_.\-]?key(?:$|[^a-z])/i,
    entropy: 2.5,
    generic: true,
    allowName: NOT_A_SECRET_NAME,
    allow: NOT_A_SECRET_VALUE,
    quotedOnlyIn: CODE_KINDS,
    samples: {
      tp: () => {
        const s = rand('alnum', 24);
        return [`JWT_SECRET=${s}`, `const jwtSecret = "${s}";`, `SECRET_KEY = 'django-insecure-${rand('lowerAlnum', 30)}'`, `  session_secret: "${s}"`];
      },
      fp: ['JWT_SECRET=${JWT_SECRET}', 'const jwtSecret = process.env.JWT_SECRET;', 'SECRET_KEY = os.environ["SECRET_KEY"]', 'jwt_secret: "your-256-bit-secret"',
        'JWT_SECRET_LENGTH = 64', 'JWT_SECRET=changeme', 'jwtSecretName: "prod/jwt-signing-secret"'],
    },
  },
  {
    id: 'secrets/terraform-variable-default',
    title: 'Secret as a Terraform variable default',
    description: 'A Terraform/OpenTofu variable whose name says it holds a secret has a literal default: the value ships in the module source and in every plan.',
    severity: 'high',
    regex: /variable\s+"(?<name>[A-Za-z0-9_-]*(?:token|secret|password|passwd|api_key|apikey|access_key|private_key|credential)[A-Za-z0-9_-]*)"\s*\{[^}]{0,400}?\bdefault\s*=\s*"(?<secret>[^"\s$]{8,200})"/i,
    keywords: ['variable'],
    multiline: true,
    entropy: 3,
    generic: true,
    allow: NOT_A_SECRET_VALUE,
    samples: {
      tp: () => [`variable "api_token" {\n  type    = string\n  default = "${rand('alnum', 40)}"\n}`,
        `variable "db_password" {\n  sensitive = true\n  default   = "${rand('alnum', 20)}"\n}`],
      fp: ['variable "api_token" {\n  type = string\n}', 'variable "db_password" {\n  default = ""\n}', 'variable "token_ttl" {\n  default = "3600"\n}',
        'variable "region" {\n  default = "eu-west-1"\n}', 'variable "api_token" {\n  default = "${var.fallback}"\n}'],
    },
  },
  {
    id: 'secrets/generic-credential',
    title: 'Hard-coded credential',
    description: 'A high-entropy literal assigned to a secret-looking name (`password`, `secret`, `token`, `apiKey`, `client_secret`, …) in code or configuration.',
    severity: 'high',
    regex: new RegExp(`(?<name>(?:pass|pwd|secret|token|key|cred)[A-Za-z0-9_.\\-]{0,40}?)${ASSIGN}${VALUE}`, 'i'),
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'cred'],
    nameCheck: new RegExp(SECRET_NAME, 'i'),
    entropy: 3,
    generic: true,
    allowName: NOT_A_SECRET_NAME,
    allow: NOT_A_SECRET_VALUE,
    quotedOnlyIn: CODE_KINDS,
    // Codecov badge "graph tokens" are read-only and published in READMEs by design.
    allowLine: [/codecov\.io\/\S*[?&]token=/],
    // "Password123!", "MySecret2024": a human stand-in that names itself, not a generated credential.
    validate: (secret) => /^[\x21-\x7e]+$/.test(secret) && looksRandom(secret) && !/passw(?:or)?d|secret|token|example/i.test(secret),
    samples: {
      tp: () => {
        const a = rand('alnum', 32);
        const hex = rand('hex', 40);
        return [`DB_PASSWORD=${rand('alnum', 12)}9aZ`, `client_secret: "${a}"`, `"apiKey": "${hex}"`, `config.auth_token = '${a}'`,
          `password = "Xk9#${rand('alnum', 10)}!q"`, `<add key="StorageAccessKey" value="x"/>\nstorage_access_key=${a}`];
      },
      fp: ['password = process.env.DB_PASSWORD', 'DB_PASSWORD=${DB_PASSWORD}', 'token: "Bearer"', '"password": "Enter your password"',
        'PASSWORD_MIN_LENGTH = 12', 'const apiKey = config.services.stripe.apiKey;', 'tokenUrl: "https://auth.acme.io/oauth/token"',
        'client_secret: "your-client-secret"', 'password: "password123"', 'secretName: "prod-db-credentials"', 'api_key_id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"',
        'publicKey: "BEl62iUYgUivxIkv69yViEuiBIa40HI80Y3kmYTL0a1bF2aRmZoZcXY9fC"', 'password_hash = "$2b$12$KIXQ6Kc3bN9Zk1w7pK6vUe"',
        'const token = crypto.randomBytes(32).toString("hex");', 'keyboardLayout = "qwerty-us-intl-2024"'],
    },
  },
  {
    id: 'secrets/hardcoded-password',
    title: 'Hard-coded password',
    description: 'A literal password in configuration or a script (`DB_PASSWORD=admin123`, `password: s3cret!`): weak or not, it is now known to everyone who can read the repository. (In JavaScript/TypeScript, `js/hardcoded-credentials` reports these.)',
    severity: 'medium',
    confidence: 'low',
    regex: new RegExp(`(?<name>(?:pass|pwd)[A-Za-z0-9_.\\-]{0,30}?)${ASSIGN}(?:\\\\?["'\`](?<secret>[^"'\`\\s\\\\]{6,64})\\\\?["'\`]|(?<secret2>[^\\s"'\`,;#()\\[\\]{}<>]{6,64})(?=[\\s,;#)]|$))`, 'i'),
    keywords: ['pass', 'pwd'],
    nameCheck: /^[A-Za-z0-9_.\-]*(?:passw(?:or)?d|passwd|pwd|pass)$/i,
    allowName: /(?:^|[_.-])(?:min|max|length|hash|hashed|file|path|policy)/i,
    generic: true,
    // JS/TS: js/hardcoded-credentials owns these; Markdown: documentation examples.
    skipKinds: ['javascript', 'typescript', 'markdown'],
    quotedOnlyIn: CODE_KINDS,
    allow: [...NOT_A_SECRET_VALUE, CONNECTION_DEFAULTS, /^(?:[a-z]+_)*(?:password|passwd|pwd|pass|secret)s?$/i,
      /^(?:none|required|optional|unset|empty|hidden|masked|redacted|string|str|number|int|bool|boolean|text|any|varchar\S*)$/i,
      /passw(?:or)?d|passwd|p[a@]ss?w[o0]rd/i, /^[!&*]/ /* YAML tags, anchors, aliases */],
    validate: (secret) => /^[\x21-\x7e]+$/.test(secret) && !/^[A-Za-z_$][\w$]*\.[A-Za-z_$]/.test(secret),
    samples: {
      tp: () => [`DB_PASSWORD=admin${rand('digits', 3)}`, `  password: "hunter${rand('digits', 2)}"`, `spring.datasource.password=summer${rand("digits", 4)}`,
        `MYSQL_ROOT_PASSWORD: "rootpw${rand("digits", 3)}"`],
      fp: ['DB_PASSWORD=${DB_PASSWORD}', 'password: changeme', 'password: <password>', 'password_min_length: 12', 'password: ""', 'PASSWORD=password',
        'password: !vault |', 'passwordFile: /run/secrets/db', 'MYSQL_PASSWORD_FILE=/run/secrets/db', 'password: ${{ secrets.DB_PASSWORD }}'],
    },
  },
];
