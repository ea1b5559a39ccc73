import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { secretsAnalyzer } from '../../src/analyzers/secrets/index.js';
import { secretsSettings, SecretsConfigError } from '../../src/analyzers/secrets/settings.js';
import { scanStream } from '../../src/analyzers/secrets/stream.js';
import { redactLine, redactSecret } from '../../src/analyzers/secrets/redact.js';
import { isPlaceholder } from '../../src/analyzers/secrets/placeholder.js';
import { defaultConfig, type VouchConfig } from '../../src/config/schema.js';
import { validateConfig, ConfigError } from '../../src/config/load.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';

function configWith(secrets: Record<string, unknown>, rules: VouchConfig['rules'] = {}): VouchConfig {
  return { ...defaultConfig(), secrets, rules };
}
function scan(text: string, config = defaultConfig(), path = 'src/app.ts') {
  return secretsAnalyzer.analyzeFile({ path, absPath: `/repo/${path}`, kind: 'typescript', text }, config);
}
const ghp = () => `ghp_${rand('alnum', 36)}`;

test('the secrets: config section is validated strictly', async () => {
  await validateConfig({ secrets: { salt: 'team-salt-2026', allowPaths: ['test/**'], allowValues: ['^AKIA.*TESTING$'],
    customRules: [{ id: 'secrets/custom-acme-key', regex: 'ACME-[0-9a-f]{32}', keywords: ['acme-'] }] } });
  await assert.rejects(validateConfig({ secrets: { allowPath: ['x'] } }), (e: Error) => e instanceof ConfigError && /unknown key 'secrets.allowPath'/.test(e.message));
  await assert.rejects(validateConfig({ secrets: { customRules: [{ id: 'acme', regex: 'x', keywords: ['ac'] }] } }), ConfigError);
});

test('custom rules from .vouch.yml find their format on the right line', () => {
  const config = configWith({ customRules: [{ id: 'secrets/custom-acme-key', title: 'ACME key', regex: 'ACME-[0-9a-f]{32}', keywords: ['acme-'], severity: 'critical' }] });
  const key = `ACME-${rand('hex', 32)}`;
  const r = scan(`const a = 1;\nconst acme = "${key}";\n`, config);
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.location.startLine]), [['secrets/custom-acme-key', 2]]);
  assert.ok(!JSON.stringify(r).includes(key));
});

test('custom rules that could hang the scan or do not compile are rejected', () => {
  assert.throws(() => secretsSettings(configWith({ customRules: [{ id: 'secrets/custom-bad', regex: '(a+)+$', keywords: ['aa'] }] })), SecretsConfigError);
  assert.throws(() => secretsSettings(configWith({ customRules: [{ id: 'secrets/custom-bad', regex: '([a-z]*)*x', keywords: ['aa'] }] })), SecretsConfigError);
  assert.throws(() => secretsSettings(configWith({ customRules: [{ id: 'secrets/custom-bad', regex: '[unclosed', keywords: ['aa'] }] })), SecretsConfigError);
});

test('allowPaths, allowValues and rules: off silence findings', () => {
  const token = ghp();
  const text = `const t = '${token}';\n`;
  assert.equal(scan(text).findings.length, 1);
  assert.equal(scan(text, configWith({ allowPaths: ['src/**'] })).findings.length, 0);
  assert.equal(scan(text, configWith({ allowPaths: ['test/**'] })).findings.length, 1);
  assert.equal(scan(text, configWith({ allowValues: [`^${token.slice(0, 10)}`] })).findings.length, 0);
  assert.equal(scan(text, configWith({}, { 'secrets/github-pat': 'off' })).findings.length, 0);
});

test('findings carry a redacted snippet, a salted hash hint and no secret anywhere', () => {
  const token = ghp();
  const r1 = scan(`headers.Authorization = 'token ${token}'; // deploy bot\n`);
  const f = r1.findings[0]!;
  assert.equal(f.snippet, `headers.Authorization = 'token ghp_…(40 chars)'; // deploy bot`);
  assert.deepEqual([f.location.startLine, f.location.startColumn, f.location.endColumn], [1, 32, 72]);
  assert.match(f.fingerprintHint!, /^secret:[0-9a-f]{64}$/);
  const r2 = scan(`headers.Authorization = 'token ${token}'; // deploy bot\n`, configWith({ salt: 'another-project-salt' }));
  assert.notEqual(r2.findings[0]!.fingerprintHint, f.fingerprintHint);
  assert.ok(!JSON.stringify([r1, r2]).includes(token));
  assert.ok(!JSON.stringify([r1, r2]).includes(token.slice(4)));
});

test('redaction shows at most four characters and the length', () => {
  assert.equal(redactSecret('AKIAABCDEFGHIJKLMNOP'), 'AKIA…(20 chars)');
  assert.equal(redactSecret('hunter22'), 'h…(8 chars)');
  const line = `a=${'S'.repeat(30)} b=${'T'.repeat(30)}`;
  assert.equal(redactLine(line, [{ start: 2, end: 32 }, { start: 35, end: 65 }]), 'a=SSSS…(30 chars) b=TTTT…(30 chars)');
  const long = `${'x'.repeat(5000)}SECRETVALUE1234567890${'y'.repeat(5000)}`;
  const shown = redactLine(long, [{ start: 5000, end: 5021 }]);
  assert.ok(shown.length <= 242 && shown.includes('SECR…(21 chars)') && !shown.includes('VALUE1234'));
});

test('placeholders are recognised, random values are not', () => {
  for (const p of ['your-api-key-here', '<TOKEN>', 'xxxxxxxxxxxx', 'changeme', '${API_KEY}', '{{ secret }}', 'sk-...', '****', 'EXAMPLEKEY123456', 'REPLACE_ME_TOKEN', '%API_KEY%', '$API_KEY']) {
    assert.ok(isPlaceholder(p), `${p} should be a placeholder`);
  }
  for (let i = 0; i < 50; i++) {
    const v = rand('alnum', 32);
    assert.ok(!isPlaceholder(v), `random value flagged as placeholder (${v.slice(0, 4)}…)`);
  }
});

test('binary content is skipped with a notice', () => {
  const r = scan(`\u0000\u0001PNG ghp_${rand('alnum', 36)}`);
  assert.deepEqual(r.findings, []);
  assert.deepEqual(r.notices.map((n) => n.level), ['skipped']);
});

test('pathological inputs finish quickly (no catastrophic backtracking)', () => {
  const inputs = [
    'a'.repeat(5_000_000),
    'password='.repeat(200_000),
    '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(20_000),
    `token = "${'A1b2'.repeat(250_000)}"`,
    'eyJ'.repeat(300_000),
    'https://a:b@'.repeat(200_000),
    `${'apiKey'.repeat(100_000)}=`,
    'postgres://'.repeat(200_000),
  ];
  for (const text of inputs) {
    const t0 = performance.now();
    scan(text);
    const ms = performance.now() - t0;
    assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 20))}…`);
  }
});

test('streaming scan matches the in-memory scan, across chunk cuts and PEM blocks', async () => {
  const lines: string[] = [];
  const secrets: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    if (i % 2500 === 7) {
      const t = ghp();
      secrets.push(t);
      lines.push(`log: using token ${t} for upload`);
    } else if (i === 12_345) {
      lines.push('-----BEGIN EC PRIVATE KEY-----', ...rand('b64', 320).match(/.{1,64}/g)!, '-----END EC PRIVATE KEY-----');
    } else {
      lines.push(`2026-11-24T07:00:${String(i % 60).padStart(2, '0')}Z INFO request ${i} served in ${i % 97} ms`);
    }
  }
  const text = lines.join('\n') + '\n';
  const settings = secretsSettings(defaultConfig());
  const whole = scan(text, defaultConfig(), 'app.log').findings.map((f) => [f.ruleId, f.location.startLine, f.location.endLine]);
  // Small chunks so many cuts fall inside the data.
  const chunks = Readable.from((function* () { for (let i = 0; i < text.length; i += 7919) yield Buffer.from(text.slice(i, i + 7919)); })());
  const streamed = await scanStream(chunks, 'app.log', settings, { chunkSize: 65_536 });
  assert.deepEqual(streamed.findings.map((f) => [f.ruleId, f.location.startLine, f.location.endLine]), whole);
  assert.equal(whole.length, secrets.length + 1);
  assert.ok(!JSON.stringify(streamed).includes(secrets[0]!));
});

test('streaming: invalid UTF-8 is a warning and the scan goes on; binary is skipped', async () => {
  const settings = secretsSettings(defaultConfig());
  const token = ghp();
  const bad = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff]), Buffer.from(`\nGITHUB_TOKEN=${token}\n`)]);
  const r = await scanStream(Readable.from([bad]), 'legacy.txt', settings);
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.location.startLine]), [['secrets/github-pat', 2]]);
  assert.deepEqual(r.notices.map((n) => n.level), ['warning']);
  const bin = await scanStream(Readable.from([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])]), 'a.out', settings);
  assert.deepEqual(bin.notices.map((n) => n.level), ['skipped']);
});
