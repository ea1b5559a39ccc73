import type { SecretRule } from '../rule-row.js';
import { base64url, rand, randomUnit } from './generate.js';

/** A PEM body is real when it carries enough base64 (placeholders are `...` or a few letters). */
function pemBodyIsReal(block: string): boolean {
  const body = block
    .replace(/-----(?:BEGIN|END)[^-]*-----/g, '')
    .replace(/\\[nr]/g, '')
    .replace(/^[A-Za-z-]+:.*$/gm, '') // PEM headers such as Proc-Type / DEK-Info
    .replace(/[\s"',+]/g, '');
  if (body.length < 64) return false;
  if (!/^[A-Za-z0-9+/=]+$/.test(body)) return false;
  const distinct = new Set(body).size;
  return distinct >= 20;
}

function pemSample(label: string, bodyChars = 640): string {
  const body = rand('b64', bodyChars).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

function pemRule(id: string, title: string, label: string, labelRegex: string, description: string): SecretRule {
  return {
    id,
    title,
    description,
    severity: 'critical',
    // The block may be real lines or one JSON string with \n escapes; bounded so a lone BEGIN cannot run away.
    // The body may not contain `-----`, so a BEGIN without its END fails at the next marker, not 12 000 characters later.
    regex: new RegExp(`-----BEGIN ${labelRegex}-----(?<body>(?:(?!-----)[\\s\\S]){64,12000}?)-----END ${labelRegex}-----`),
    secretGroup: 0,
    keywords: label === 'PRIVATE KEY' ? ['-----begin private key', '-----begin encrypted private key'] : [`-----begin ${label.toLowerCase()}`],
    multiline: true,
    noPlaceholderCheck: true,
    validate: pemBodyIsReal,
    // A whole key block with a real body is a key wherever it is committed.
    verifiable: () => true,
    tags: ['private-key'],
    samples: {
      tp: () => {
        const pem = pemSample(label);
        return [pem, `{"private_key": "${pem.replace(/\n/g, '\\n')}\\n"}`, `key = """\n${pem}\n"""`];
      },
      fp: [
        `-----BEGIN ${label}-----\n...\n-----END ${label}-----`,
        `-----BEGIN ${label}-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC<your key here>\n-----END ${label}-----`,
        '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexampleexampleexampleexampleexampleexampleexampleexample\n-----END PUBLIC KEY-----',
        `const header = '-----BEGIN ${label}-----';`,
      ],
    },
  };
}

/** Private keys and signed tokens. */
export const keyRules: SecretRule[] = [
  pemRule('secrets/private-key-rsa', 'RSA private key', 'RSA PRIVATE KEY', 'RSA PRIVATE KEY',
    'A PKCS#1 RSA private key: signs and decrypts as its owner (TLS server, SSH, JWT issuer).'),
  pemRule('secrets/private-key-ec', 'EC private key', 'EC PRIVATE KEY', 'EC PRIVATE KEY',
    'An elliptic-curve private key (SEC1): signs as its owner.'),
  pemRule('secrets/private-key-dsa', 'DSA private key', 'DSA PRIVATE KEY', 'DSA PRIVATE KEY', 'A DSA private key: signs as its owner (legacy SSH and code-signing keys).'),
  pemRule('secrets/private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY', 'OPENSSH PRIVATE KEY',
    'An OpenSSH private key: logs in wherever its public key is authorised (servers, deploy keys).'),
  pemRule('secrets/private-key-pkcs8', 'PKCS#8 private key', 'PRIVATE KEY', '(?:ENCRYPTED )?PRIVATE KEY',
    'A PKCS#8 private key (possibly encrypted): signs and decrypts as its owner; service-account key files carry one.'),
  pemRule('secrets/private-key-pgp', 'PGP private key block', 'PGP PRIVATE KEY BLOCK', 'PGP PRIVATE KEY BLOCK',
    'An OpenPGP secret key block: signs releases and decrypts mail as its owner.'),
  {
    id: 'secrets/private-key-putty',
    title: 'PuTTY private key',
    description: 'A PuTTY .ppk private key: SSH access as its owner.',
    severity: 'critical',
    regex: /PuTTY-User-Key-File-\d: [\s\S]{0,2000}?Private-Lines: \d+\s+(?<secret>[A-Za-z0-9+/=\s]{64,4000}?)\s*Private-MAC/,
    keywords: ['putty-user-key-file'],
    multiline: true,
    noPlaceholderCheck: true,
    entropy: 4,
    tags: ['private-key'],
    samples: {
      tp: () => [`PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${rand('b64', 64)}\n${rand('b64', 4)}\nPrivate-Lines: 1\n${rand('b64', 64)}\nPrivate-MAC: ${rand('hex', 64)}`],
      fp: ['PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\n...\nPrivate-MAC: ...'],
    },
  },
  {
    id: 'secrets/jwt',
    title: 'JSON Web Token',
    description: 'A signed JWT: a bearer credential — whoever holds it is the subject until it expires (often far in the future for service tokens).',
    severity: 'medium',
    confidence: 'medium',
    regex: /(?<![A-Za-z0-9_\-.])(?<secret>eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{16,})(?![A-Za-z0-9_\-.])/,
    keywords: ['eyj'],
    entropy: 4,
    validate: jwtLooksIssued,
    samples: {
      tp: () => {
        const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
        const payload = base64url(JSON.stringify({ sub: rand('hex', 24), iss: 'https://auth.acme-internal.net', exp: 1900000000 + Math.floor(randomUnit() * 1e6) }));
        const jwt = `${header}.${payload}.${rand('b64url', 43)}`;
        return [jwt, `Authorization: Bearer ${jwt}`, `const token = "${jwt}";`];
      },
      // The jwt.io documentation token (sub 1234567890, "John Doe").
      fp: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        'eyJhbGciOiJIUzI1NiJ9.eyJ.abc', 'token: eyJ...'],
    },
  },
];

/** A JWT is reported when both parts decode to JSON and it is not a documentation sample. */
function jwtLooksIssued(token: string): boolean {
  const [h, p] = token.split('.');
  try {
    const header = JSON.parse(Buffer.from(h!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof header !== 'object' || header === null || !('alg' in header)) return false;
    if (header.alg === 'none') return false;
    // Supabase-style anon keys are meant to ship to browsers.
    if (payload.role === 'anon') return false;
    const text = JSON.stringify(payload);
    if (/John Doe|1234567890|example\.com|"sub":"user(?:-?id)?"|Jane Doe/i.test(text)) return false;
    return true;
  } catch {
    return false;
  }
}
