import type { SecretRule } from '../rule-row.js';
import { characterClasses } from '../entropy.js';
import { rand, randomUnit } from './generate.js';
import { DEV_DEFAULT_PASSWORD } from '../placeholder.js';

const SECRET_NAME = 'passw(?:or)?d|passwd|pwd|secret|token|api[_.\\-]?key|apikey|access[_.\\-]?key|private[_.\\-]?key|auth[_.\\-]?key|' +
  'credentials?|client[_.\\-]?secret|encryption[_.\\-]?key|signing[_.\\-]?key|master[_.\\-]?key|session[_.\\-]?key|hmac[_.\\-]?key|app[_.\\-]?key';
// `=`, `:`, `:=`, `=>`, `?=`, and the fallbacks `||` / `??` / `,` of `env.X || "literal"`, `getenv("X", "literal")`.
const ASSIGN = `\\\\?["']?[ \\t]{0,3}(?::=|=>|=|:|\\?=|\\|\\||\\?\\?|,)[ \\t]{0,3}`;
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
  // URLs and file paths (a leading `/` alone is not enough: base64 keys start with one 1 time in 64).
  /^(?:https?:|file:|\.\.?\/|~\/|[a-z]+:\/\/)/i,
  /^\/(?:[A-Za-z0-9_.@-]+\/)*[a-z0-9_.@-]+$/,
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
  // A regular expression's source (`TOKEN_CHARS = "[A-Za-z0-9._~+/-]+=*"`): a quantified character range describes tokens.
  /\[[^\]]*[A-Za-z0-9]-[A-Za-z0-9][^\]]*\][+*?{]/,
];

/** Where an unquoted value is an expression, not a literal. */
const CODE_KINDS = ['javascript', 'typescript', 'python', 'json', 'notebook', 'lockfile', 'html'];

function isPlaceholderPassword(pw: string): boolean {
  return /^(?:password|pass|secret|changeme|test|example|pwd|\*+|x+)$/i.test(pw) || /[<>{}$]/.test(pw);
}

/** Slugs and phrases (`value%23still-query`, `my-app-token`): two or more lower-case words. */
function looksLikeWords(value: string): boolean {
  // camelCase / PascalCase identifiers: `cleanEscapedString2`, `DefaultTokenProvider`.
  if (/^(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)+\d{0,3}$/.test(value)) return true;
  const words = value.split(/[^A-Za-z0-9]+|%[0-9A-F]{2}/i).filter((w) => /^[a-z]{4,}$/.test(w));
  return words.length >= 2 && words.reduce((n, w) => n + w.length, 0) * 2 >= value.length;
}

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
      // ADO.NET `…;Password=…;`: after a `;` or an opening quote (spaces allowed), or at the very start of
      // a line; not an indented statement (`  password = connection.config.password;`).
      `(?<=^|[\\r\\n]|[;"'\`][^\\S\\r\\n]*)(?:Password|Pwd)\\s*=\\s*(?<secret2>[^;"'\\s]{3,200})\\s*;`, 'i'),
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'smtp', 'ftp', 'sftp', 'ldap', 'nats',
      'cassandra', 'couchbase', 'neo4j', 'bolt', 'clickhouse', 'cockroachdb', 'oracle', 'db2', 'kafka', 'mqtt', 'memcached', 'elasticsearch',
      'snowflake', 'influxdb', 'rethinkdb', 'sqlalchemy', 'jdbc', 'password', 'pwd'],
    generic: true,
    allow: [CONNECTION_DEFAULTS, DEV_DEFAULT_PASSWORD],
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
        'mysql://root:****@127.0.0.1/db', 'git@github.com:acme/app.git',
        'until psql postgres://testuser:ordertest@postgres/orders_test -c "SELECT 1"', 'DATABASE_URL=mysql://app:approotpassword@mysql:3306/app',
        'new Redis("redis://:authpassword@127.0.0.1:6380/4");', '    const password = connection.config.password;',
        '      password = undefined;', 'let pwd = opts.credentials?.pwd;'],
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
    id: 'secrets/bearer-token',
    title: 'Hard-coded bearer token',
    description: 'A literal `Authorization: Bearer …` token in code, scripts or docs: whoever reads it can call the API as that client.',
    severity: 'high',
    regex: /Bearer\s+(?<secret>[A-Za-z0-9_\-.=+/~]{20,500})(?![A-Za-z0-9_\-.=+/~])/i,
    keywords: ['bearer'],
    entropy: 3.5,
    generic: true,
    allow: NOT_A_SECRET_VALUE,
    validate: (secret) => looksRandom(secret) && !looksLikeWords(secret),
    samples: {
      tp: () => {
        const t = rand('alnum', 40);
        return [`curl -H "Authorization: Bearer ${t}" https://api.acme-corp.net/v1/me`, `headers: { Authorization: 'Bearer ${t}' },`];
      },
      fp: ['Authorization: Bearer <token>', 'headers: { Authorization: `Bearer ${token}` }', 'Authorization: Bearer $API_TOKEN', '"Bearer " + accessToken',
        'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE'],
    },
  },
  {
    id: 'secrets/basic-auth-header',
    title: 'Hard-coded HTTP Basic credentials',
    description: 'A literal `Authorization: Basic …` header: the base64 is a reversible `user:password` pair, not an obfuscation.',
    severity: 'high',
    regex: /Basic\s+(?<secret>[A-Za-z0-9+/]{12,200}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['basic'],
    entropy: 3,
    generic: true,
    validate: (secret) => {
      const decoded = Buffer.from(secret, 'base64').toString('utf8');
      const m = /^([\x21-\x7e]{1,64}):([\x20-\x7e]{3,128})$/.exec(decoded);
      return !!m && !CONNECTION_DEFAULTS.test(m[2]!) && m[2] !== m[1] && !isPlaceholderPassword(m[2]!);
    },
    samples: {
      tp: () => [`curl -H "Authorization: Basic ${Buffer.from(`deploy:${rand('alnum', 20)}`).toString('base64')}" https://ci.acme-corp.net/api`],
      fp: [`Authorization: Basic ${Buffer.from('user:password').toString('base64')}`, 'Authorization: Basic <credentials>', 'Basic authentication is supported',
        `Authorization: Basic ${Buffer.from('admin:admin').toString('base64')}`],
    },
  },
  {
    id: 'secrets/url-query-credential',
    title: 'Credential in a URL query string',
    description: 'An API key or token passed as a literal query parameter (`?api_key=…`): it also lands in server, proxy and browser logs.',
    severity: 'high',
    regex: /(?<=[?&])(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|key|secret|client[_-]?secret|appid|app[_-]?key|password|sig|signature)=(?<secret>[A-Za-z0-9_\-.~%+/]{16,300})(?![A-Za-z0-9_\-.~%+/])/i,
    keywords: ['api_key=', 'api-key=', 'apikey=', 'access_token=', 'access-token=', 'auth_token=', 'token=', 'key=', 'secret=', 'client_secret=', 'appid=',
      'app_key=', 'password=', 'sig=', 'signature='],
    entropy: 3.3,
    generic: true,
    allow: NOT_A_SECRET_VALUE,
    validate: (secret) => looksRandom(secret) && !looksLikeWords(secret),
    samples: {
      tp: () => {
        const k = rand('hex', 32);
        return [`const url = "https://api.openweathermap.org/data/2.5/weather?q=Paris&appid=${k}";`, `curl "https://maps.acme-corp.net/geocode?address=x&api_key=${rand('alnum', 39)}"`];
      },
      fp: ['fetch(`https://api.example.com/data?api_key=${API_KEY}`)', 'https://api.acme.io/v1/items?key=value&page=2', 'https://acme.io/reset?token={{ reset_token }}',
        'https://cdn.acme.io/app.js?v=1.2.3'],
    },
  },
  {
    id: 'secrets/netrc-password',
    title: 'Password in a .netrc entry',
    description: 'A `machine … login … password …` entry (.netrc, .authinfo): curl, git and ftp send it to that host.',
    severity: 'high',
    regex: /machine\s+\S+\s+login\s+\S+\s+password\s+(?<secret>[^\s]{6,200})/,
    keywords: ['machine'],
    multiline: true,
    allow: [CONNECTION_DEFAULTS],
    samples: {
      tp: () => [`machine api.heroku.com\n  login ci@acme.io\n  password ${rand('hex', 36)}`, `machine git.acme-corp.net login deploy password ${rand('alnum', 24)}`],
      fp: ['machine example.com login user password <password>', 'machine example.com login user password ${NETRC_PASSWORD}', 'state machine login flow'],
    },
  },
  {
    id: 'secrets/docker-config-auth',
    title: 'Registry credentials in a Docker config',
    description: 'An `"auth"` entry of a Docker `config.json` (or a dockerconfigjson secret): base64 of `user:password` for the registry.',
    severity: 'high',
    regex: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{12,400}={0,2})"/,
    keywords: ['"auth"'],
    validate: (secret) => /^[\x21-\x7e]{1,128}:[\x20-\x7e]{3,}$/.test(Buffer.from(secret, 'base64').toString('utf8')),
    samples: {
      tp: () => [`{"auths": {"ghcr.io": {"auth": "${Buffer.from(`ci:ghp_${rand('alnum', 36)}`).toString('base64')}"}}}`,
        `{"auths":{"registry.acme.io":{"auth":"${Buffer.from(`robot$ci:${rand('alnum', 32)}`).toString('base64')}"}}}`],
      fp: ['{"auths": {"ghcr.io": {"auth": ""}}}', '{"auth": "token"}', '{"credsStore": "desktop"}'],
    },
  },
  {
    id: 'secrets/crypto-mnemonic',
    title: 'Wallet recovery phrase',
    description: 'A BIP-39 style mnemonic (12–24 words) assigned to a seed/mnemonic variable: it is the wallet\'s private key in words.',
    severity: 'critical',
    regex: /(?<name>mnemonic|seed[_-]?phrase|secret[_-]?phrase|recovery[_-]?phrase)[A-Za-z0-9_.\-]{0,20}["']?\s{0,3}(?::=|=>|=|:)\s{0,3}["'`](?<secret>(?:[a-z]{3,8} ){11,23}[a-z]{3,8})["'`]/i,
    keywords: ['mnemonic', 'seed_phrase', 'seed-phrase', 'seedphrase', 'secret_phrase', 'secretphrase', 'recovery_phrase', 'recoveryphrase'],
    // Well-known test phrases ("test test … junk") repeat words; real ones almost never do.
    validate: (secret) => new Set(secret.split(' ')).size >= 10,
    samples: {
      tp: () => {
        const words = Array.from({ length: 12 }, () => rand('abcdefghijklmnopqrstuvwxyz', 3 + Math.floor(randomUnit() * 5)));
        return [`const MNEMONIC = "${words.join(' ')}";`, `WALLET_MNEMONIC='${words.join(' ')}'`];
      },
      fp: ['const mnemonic = process.env.MNEMONIC;', 'MNEMONIC="test test test test test test test test test test test junk"', 'mnemonic: "your twelve word phrase"'],
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
    validate: (secret) => /^[\x21-\x7e]+$/.test(secret) && looksRandom(secret) && !looksLikeWords(secret) && !/passw(?:or)?d|secret|token|example/i.test(secret),
    samples: {
      tp: () => {
        const a = rand('alnum', 32);
        const hex = rand('hex', 40);
        return [`DB_PASSWORD=${rand('alnum', 12)}9aZ`, `client_secret: "${a}"`, `"apiKey": "${hex}"`, `config.auth_token = '${a}'`,
          `password = "Xk9#${rand('alnum', 10)}!q"`, `<add key="StorageAccessKey" value="x"/>\nstorage_access_key=${a}`, `vault.set("api_token", "${a}")`];
      },
      fp: ['password = process.env.DB_PASSWORD', 'DB_PASSWORD=${DB_PASSWORD}', 'token: "Bearer"', '"password": "Enter your password"',
        'PASSWORD_MIN_LENGTH = 12', 'const apiKey = config.services.stripe.apiKey;', 'tokenUrl: "https://auth.acme.io/oauth/token"',
        'client_secret: "your-client-secret"', 'password: "password123"', 'secretName: "prod-db-credentials"', 'api_key_id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"',
        'publicKey: "BEl62iUYgUivxIkv69yViEuiBIa40HI80Y3kmYTL0a1bF2aRmZoZcXY9fC"', 'password_hash = "$2b$12$KIXQ6Kc3bN9Zk1w7pK6vUe"',
        'const token = crypto.randomBytes(32).toString("hex");', 'keyboardLayout = "qwerty-us-intl-2024"',
        '{"names":["match17","buildLocalizeTokenFn2","halfAMinute2","formatDistanceLocale10"]}', 'sign(secretKey, "x7Qp2LmZ9vRt4WcY")',
        'const TOKEN_STRINGS = "[A-Za-z0-9._~+/-]+=*";'],
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
    allow: [...NOT_A_SECRET_VALUE, CONNECTION_DEFAULTS, DEV_DEFAULT_PASSWORD, /^(?:[a-z]+_)*(?:password|passwd|pwd|pass|secret)s?$/i,
      /^(?:none|required|optional|unset|empty|hidden|masked|redacted|string|str|number|int|bool|boolean|text|any|varchar\S*)$/i,
      /passw(?:or)?d|passwd|p[a@]ss?w[o0]rd/i, /^[!&*]/ /* YAML tags, anchors, aliases */],
    validate: (secret) => /^[\x21-\x7e]+$/.test(secret) && !/^[A-Za-z_$][\w$]*\.[A-Za-z_$]/.test(secret),
    samples: {
      tp: () => [`DB_PASSWORD=admin${rand('digits', 3)}`, `  password: "hunter${rand('digits', 2)}"`, `spring.datasource.password=summer${rand("digits", 4)}`,
        `MYSQL_ROOT_PASSWORD: "rootpw${rand("digits", 3)}"`],
      fp: ['DB_PASSWORD=${DB_PASSWORD}', 'password: changeme', 'password: <password>', 'password_min_length: 12', 'password: ""', 'PASSWORD=password',
        'password: !vault |', 'passwordFile: /run/secrets/db', 'MYSQL_PASSWORD_FILE=/run/secrets/db', 'password: ${{ secrets.DB_PASSWORD }}',
        'POSTGRES_PASSWORD=ordertest', '  MYSQL_PASSWORD: shop_test'],
    },
  },
];
