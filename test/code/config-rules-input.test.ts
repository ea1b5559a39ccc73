/**
 * The configuration / web pattern rules on hostile input: huge or unterminated template strings,
 * deep nesting, odd identifiers. Each file must be analysed quickly and without an exception.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeJs } from '../../src/analyzers/code/index.js';

const MINE = new Set(['js/tls-verification-disabled', 'js/permissive-cors', 'js/xxe', 'js/unescaped-template-output', 'js/empty-catch-security', 'js/prototype-pollution']);

function analyze(path: string, text: string) {
  const started = process.hrtime.bigint();
  const result = analyzeJs({ path, absPath: '/nowhere/' + path, kind: path.endsWith('.ts') ? 'typescript' : 'javascript', text });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { result, ms, mine: result.findings.filter((f) => MINE.has(f.ruleId)) };
}

test('unterminated raw tags in huge template strings do not backtrack', () => {
  const pad = ' '.repeat(150_000);
  const text = [
    "const Handlebars = require('handlebars');",
    "const ejs = require('ejs');",
    "const nunjucks = require('nunjucks');",
    `Handlebars.compile('{{{${pad}');`,
    `ejs.render('<%-${pad}<%-${pad}');`,
    `nunjucks.renderString('{{${pad}|${pad}');`,
  ].join('\n');
  const { ms, mine, result } = analyze('huge.js', text);
  assert.deepEqual(result.notices, []);
  assert.deepEqual(mine, []);
  assert.ok(ms < 2000, `took ${ms} ms`);
});

test('many catch blocks and merges in one file stay fast', () => {
  const parts = ["const jwt = require('jsonwebtoken');"];
  for (let i = 0; i < 400; i++) {
    parts.push(`function check${i}(t, next) { let ok${i} = true; try { jwt.verify(t, 'k'); } catch (e) {} next(); }`);
    parts.push(`function merge${i}(a, b) { for (const k in b) { if (typeof b[k] === 'object') merge${i}(a[k], b[k]); else a[k] = b[k]; } }`);
  }
  const { ms, mine } = analyze('many.js', parts.join('\n'));
  assert.equal(mine.filter((f) => f.ruleId === 'js/empty-catch-security').length, 400);
  assert.equal(mine.filter((f) => f.ruleId === 'js/prototype-pollution').length, 400);
  assert.ok(ms < 5000, `took ${ms} ms`);
});

test('identifiers with $ and regex metacharacters in names do not break the checks', () => {
  const text = [
    "const jwt = require('jsonwebtoken');",
    'function f($token, next) {',
    '  let $user;',
    '  try { $user = jwt.verify($token, process.env.K); } catch (e) {}',
    '  if (!$user) return next(new Error("denied"));',
    '  next();',
    '}',
    "const UNSAFE$ = ['__proto__', 'constructor'];",
    'function m$(a, b) { for (const k in b) { if (UNSAFE$.includes(k)) continue; if (b[k] && typeof b[k] === "object") m$(a[k], b[k]); else a[k] = b[k]; } }',
  ].join('\n');
  const { mine } = analyze('dollar.js', text);
  assert.deepEqual(mine.map((f) => f.ruleId), []);
});

test('an options object that is not an object literal is left alone', () => {
  const text = [
    "const https = require('https');",
    "const cors = require('cors');",
    'const opts = buildOptions();',
    'new https.Agent(opts);',
    'app.use(cors(opts));',
    'app.use(cors(corsDelegate));',
    'const spread = { ...base };',
    'app.use(cors(spread));',
  ].join('\n');
  const { mine, result } = analyze('opaque.js', text);
  assert.deepEqual(result.notices, []);
  assert.deepEqual(mine, []);
});

test('disabled TLS verification in test files says so (the pipeline lowers it with a test tag), elsewhere at the rule default', () => {
  const text = "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: false });\n";
  const inTest = analyze('test/https/server.test.js', text).mine;
  const inSrc = analyze('src/http/client.js', text).mine;
  assert.deepEqual(inTest.map((f) => [f.ruleId, f.location.startLine, f.severity]), [['js/tls-verification-disabled', 2, undefined]]);
  assert.match(inTest[0]!.message, /in test code/);
  assert.deepEqual(inSrc.map((f) => [f.ruleId, f.location.startLine, f.severity]), [['js/tls-verification-disabled', 2, undefined]]);
});
