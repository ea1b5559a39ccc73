import type { CodeRule } from '../rule-api.js';
import { memberPath, propertyName, unwrap } from '../frontend/js/ast.js';

/** Broken or 64-bit-block ciphers, and ECB mode of any cipher (OpenSSL / node-forge spellings). */
const WEAK_CIPHER = /^(des|des3|3des|tripledes|des-ede|des-ede3|desx|rc2|rc4|rc5|arcfour|bf|blowfish|cast|cast5|idea|seed)(\b|-|$)|(^|-)ecb$|^id-aes\d+-ecb$/i;

/** Cheap pre-filter: a file without a cipher API cannot match (skips the visitors). */
const FILE_GATE = /Cipher|CryptoJS|crypto-js|forge|ECB/i;

export const weakCipher: CodeRule = {
  meta: {
    id: 'js/weak-cipher',
    title: 'Broken or weak cipher',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [327],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['crypto', 'ai-common'],
    description: "Data is encrypted with a broken cipher (DES, 3DES, RC4, RC2, Blowfish), in ECB mode (identical plaintext blocks give identical ciphertext blocks, so patterns leak), or with Node's deprecated `crypto.createCipher`, which derives the key with one round of MD5 and no salt and reuses the same IV for every message.",
    fix: "Use an authenticated cipher with a random nonce: `const iv = crypto.randomBytes(12); const c = crypto.createCipheriv('aes-256-gcm', key, iv);` and store `iv` and `c.getAuthTag()` with the ciphertext (`chacha20-poly1305` also works). Derive the 32-byte key with `crypto.scryptSync(passphrase, salt, 32)` or load it from a KMS. In crypto-js use `CryptoJS.AES` with a random IV (CBC), never `mode.ECB`, DES, TripleDES or RC4.",
    examples: {
      bad: "const cipher = crypto.createCipher('aes-256-cbc', password);\nconst legacy = crypto.createCipheriv('des-ede3-cbc', key, iv);",
      good: "const iv = crypto.randomBytes(12);\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\nconst encrypted = Buffer.concat([cipher.update(data), cipher.final()]);\nconst tag = cipher.getAuthTag();",
    },
  },
  pattern: {
    create: (ctx) => (!FILE_GATE.test(ctx.text) ? {} : {
      CallExpression(node) {
        const name = ctx.qualifiedName(node.callee) ?? '';
        if (/^crypto\.(createCipher|createDecipher)$/.test(name)) {
          ctx.report(node, `crypto.${name.split('.')[1]}() is deprecated: it derives the key with a single unsalted MD5 round and uses a fixed IV (use createCipheriv with aes-256-gcm and a random IV)`);
          return;
        }
        if (/^crypto\.(createCipheriv|createDecipheriv)$/.test(name) || /^node-forge\.cipher\.(createCipher|createDecipher)$/.test(name) || /^forge\.cipher\.(createCipher|createDecipher)$/.test(name)) {
          const alg = ctx.constantValue(node.arguments[0]);
          if (typeof alg === 'string' && WEAK_CIPHER.test(alg.trim())) {
            ctx.report(node, `Weak cipher '${alg}': ${/ecb/i.test(alg) ? 'ECB mode leaks patterns in the plaintext' : 'the algorithm is broken or uses 64-bit blocks'} (use aes-256-gcm)`);
          }
          return;
        }
        // crypto-js: CryptoJS.DES.encrypt(…), CryptoJS.TripleDES.decrypt(…), CryptoJS.RC4.encrypt(…)
        const m = /^(?:crypto-js|CryptoJS)\.(DES|TripleDES|RC4|RC4Drop)\.(encrypt|decrypt)$/.exec(name) ?? /^crypto-js\/(tripledes|rc4)\.(encrypt|decrypt)$/.exec(name);
        if (m) ctx.report(node, `Weak cipher crypto-js ${m[1]}: the algorithm is broken or uses 64-bit blocks (use CryptoJS.AES with a random IV, or WebCrypto AES-GCM)`);
      },
      Property(node) {
        // { mode: CryptoJS.mode.ECB }
        if (propertyName(node) !== 'mode') return;
        const value = unwrap(node.value);
        const path = value.type === 'MemberExpression' ? (ctx.qualifiedName(value) ?? memberPath(value) ?? '') : '';
        if (/(^|\.)mode\.ECB$/.test(path)) ctx.report(node, 'ECB mode encrypts identical blocks to identical ciphertext and leaks patterns (use CBC with a random IV, or AES-GCM)');
      },
    }),
  },
};
