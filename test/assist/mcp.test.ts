/**
 * `vouch mcp` driven by the SDK's own client over stdio: the built CLI is spawned, initialised,
 * its tools listed and each one called, against a real registry on 127.0.0.1 and a real
 * SQLite advisory database.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { AdvisoryDb } from '../../src/analyzers/dependencies/db/advisory-db.js';
import type { OsvRecord } from '../../src/analyzers/dependencies/osv.js';
import * as depRules from '../../src/analyzers/dependencies/rules.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';
import { FIXTURES, startServer, tempDir } from '../dependencies/helpers.js';

const BIN = join(process.cwd(), 'bin', 'vouch.js');
const VULN = "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n";
const SAFE = "const { execFile } = require('child_process');\nmodule.exports = (req, res) => execFile('ls', ['--', String(req.query.dir)]);\n";

const npmDoc = (created: string, versions: string[]): string => JSON.stringify({
  'dist-tags': { latest: versions.at(-1) },
  versions: Object.fromEntries(versions.map((v) => [v, { version: v }])),
  time: { created, modified: created, ...Object.fromEntries(versions.map((v) => [v, created])) },
});
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();

type Text = { type: 'text'; text: string };
const textOf = (r: CallToolResult): string => (r.content as Text[]).map((c) => c.text).join('\n');

describe('vouch mcp over stdio (SDK client)', () => {
  let client: Client;
  let stderr = '';
  let registry: Awaited<ReturnType<typeof startServer>>;
  let project: string;

  before(async () => {
    registry = await startServer((req, res) => {
      if (req.url === '/expresss') res.end(npmDoc(daysAgo(3.5), ['1.0.0']));
      else if (req.url === '/lodash') res.end(npmDoc('2012-04-23T16:37:11.912Z', ['4.17.19', '4.17.20', '4.17.21']));
      else if (req.url === '/pypi/requests/json') {
        res.end(JSON.stringify({ info: { version: '2.32.3' }, releases: { '2.31.0': [{ upload_time_iso_8601: '2023-05-22T15:12:44Z' }], '2.32.3': [{ upload_time_iso_8601: '2024-05-29T15:37:47Z' }] } }));
      } else res.writeHead(404).end('{}');
    });
    const home = tempDir('vouch-mcp-');
    const dbPath = join(home, 'advisories.sqlite');
    const db = AdvisoryDb.open(dbPath);
    const osvDir = join(FIXTURES, 'osv');
    db.importRecords(readdirSync(osvDir).map((f) => JSON.parse(readFileSync(join(osvDir, f), 'utf8')) as OsvRecord), { source: 'fixtures' });
    db.close();
    project = join(home, 'project');
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(join(project, '.vouch.yml'), `dependencies:\n  registryUrl: { npm: "${registry.url}", pypi: "${registry.url}" }\n  deny: [request]\n`);
    writeFileSync(join(project, 'src', 'run.js'), VULN);
    writeFileSync(join(project, 'src', 'ok.js'), SAFE);
    const transport = new StdioClientTransport({
      command: process.execPath, args: [BIN, 'mcp', '--root', project, '--no-cache'], cwd: project, stderr: 'pipe',
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: join(home, 'cache'), VOUCH_DB: dbPath, NO_COLOR: '1' },
    });
    transport.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    client = new Client({ name: 'vouch-test', version: '1.0.0' });
    await client.connect(transport);
  });

  after(async () => {
    await client?.close();
    await registry?.close();
  });

  it('initialises and lists the four tools with descriptions that say when to call them', async () => {
    assert.equal(client.getServerVersion()?.name, 'vouch');
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['check_package', 'explain_rule', 'scan_code', 'scan_paths']);
    const scanCode = tools.find((t) => t.name === 'scan_code')!;
    assert.match(scanCode.description!, /BEFORE writing/);
    assert.deepEqual(Object.keys(scanCode.inputSchema.properties ?? {}).sort(), ['content', 'path']);
    assert.ok(scanCode.outputSchema, 'scan_code declares its structured output');
    assert.match(tools.find((t) => t.name === 'check_package')!.description!, /BEFORE adding/);
  });

  it('scan_code flags the vulnerable text with rule, line, flow and fix, and passes the safe twin', async () => {
    const r = await client.callTool({ name: 'scan_code', arguments: { path: 'src/new.js', content: VULN } }) as CallToolResult;
    assert.equal(r.isError, undefined);
    const s = r.structuredContent as { findings: { ruleId: string; location: { path: string; startLine: number }; status: string; fix?: string }[]; summary: { active: number } };
    assert.deepEqual(s.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.status]), [['js/command-injection', 'src/new.js', 2, 'new']]);
    assert.ok(s.findings[0]!.fix && s.findings[0]!.fix.length > 10);
    assert.match(textOf(r), /src\/new\.js:2:\d+ js\/command-injection \[\w+\]/);
    assert.match(textOf(r), /vouch-ignore\[js\/command-injection\]: why it is safe/);

    const safe = await client.callTool({ name: 'scan_code', arguments: { path: 'src/new.js', content: SAFE } }) as CallToolResult;
    assert.deepEqual((safe.structuredContent as { findings: unknown[] }).findings, []);
    assert.match(textOf(safe), /no security issues in src\/new\.js/);
  });

  it('scan_code runs the manifest checks on a package.json being written, offline unless assist.registryChecks', async () => {
    const manifest = JSON.stringify({ name: 'app', dependencies: { expresss: '1.0.0' } }, null, 2) + '\n';
    const r = await client.callTool({ name: 'scan_code', arguments: { path: 'package.json', content: manifest } }) as CallToolResult;
    const s = r.structuredContent as { findings: { ruleId: string; location: { startLine: number } }[] };
    assert.deepEqual(s.findings.map((f) => [f.ruleId, f.location.startLine]), [['deps/typosquat', 4]]);
  });

  it('scan_code reports a secret by kind and line and never sends the value back', async () => {
    const token = `ghp_${rand('alnum', 36)}`;
    const r = await client.callTool({ name: 'scan_code', arguments: { path: 'config/deploy.txt', content: `deploy with\ntoken = "${token}"\n` } }) as CallToolResult;
    const s = r.structuredContent as { findings: { ruleId: string; location: { startLine: number } }[] };
    assert.ok(s.findings.length >= 1);
    assert.ok(s.findings.every((f) => f.ruleId.startsWith('secrets/') && f.location.startLine === 2), JSON.stringify(s.findings));
    assert.ok(!JSON.stringify(r).includes(token));
    assert.ok(!JSON.stringify(r).includes(token.slice(4)));
  });

  it('scan_code turns bad input into tool errors and keeps serving', async () => {
    const outside = await client.callTool({ name: 'scan_code', arguments: { path: '../../etc/passwd', content: 'x' } }) as CallToolResult;
    assert.equal(outside.isError, true);
    assert.match(textOf(outside), /outside the project root/);
    const missingArg = await client.callTool({ name: 'scan_code', arguments: { path: 'a.js' } }) as CallToolResult;
    assert.equal(missingArg.isError, true);
    const unparsable = await client.callTool({ name: 'scan_code', arguments: { path: 'src/broken.ts', content: 'function (( {{{ <<<' } }) as CallToolResult;
    assert.equal(unparsable.isError, undefined);
    const n = unparsable.structuredContent as { notices: { path: string; level: string }[] };
    assert.deepEqual(n.notices.map((x) => [x.path, x.level]), [['src/broken.ts', 'error']]);
    const again = await client.callTool({ name: 'explain_rule', arguments: { rule_id: 'js/command-injection' } }) as CallToolResult;
    assert.equal(again.isError, undefined);
  });

  it('scan_code gives up after assist.timeoutMs with a tool error, and the next call is scanned again', async () => {
    const config = readFileSync(join(project, '.vouch.yml'), 'utf8');
    const big = Array.from({ length: 4000 }, (_, i) => `function f${i}(req, res) { const v${i} = req.query.a${i}; return res.send('x' + v${i}); }`).join('\n');
    writeFileSync(join(project, '.vouch.yml'), `${config}assist:\n  timeoutMs: 100\n`);
    try {
      const slow = await client.callTool({ name: 'scan_code', arguments: { path: 'src/big.js', content: big } }) as CallToolResult;
      assert.equal(slow.isError, true);
      assert.match(textOf(slow), /gave up after 100 ms \(assist\.timeoutMs\); src\/big\.js was not checked/);
    } finally {
      writeFileSync(join(project, '.vouch.yml'), config);
    }
    const r = await client.callTool({ name: 'scan_code', arguments: { path: 'src/new.js', content: VULN } }) as CallToolResult;
    const s = r.structuredContent as { findings: { ruleId: string; location: { startLine: number } }[] };
    assert.deepEqual(s.findings.map((f) => [f.ruleId, f.location.startLine]), [['js/command-injection', 2]]);
  });

  it('scan_paths scans files on disk with every analyzer; a missing path is a tool error', async () => {
    const r = await client.callTool({ name: 'scan_paths', arguments: { paths: ['src'] } }) as CallToolResult;
    const s = r.structuredContent as { findings: { ruleId: string; location: { path: string; startLine: number } }[] };
    assert.deepEqual(s.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine]), [['js/command-injection', 'src/run.js', 2]]);
    const missing = await client.callTool({ name: 'scan_paths', arguments: { paths: ['src/nope.js'] } }) as CallToolResult;
    assert.equal(missing.isError, true);
    assert.match(textOf(missing), /no such file or folder: src\/nope\.js/);
  });

  it('check_package: a typosquat that is new and thin, a made-up name, a vulnerable version, a denied name', async () => {
    const squat = await client.callTool({ name: 'check_package', arguments: { ecosystem: 'npm', name: 'expresss' } }) as CallToolResult;
    const sq = squat.structuredContent as { typosquatOf?: { popular: string }; registry: { exists: boolean; versionCount: number; ageDays: number }; concerns: { ruleId: string; severity: string }[] };
    assert.equal(sq.typosquatOf?.popular, 'express');
    assert.equal(sq.registry.exists, true);
    assert.equal(sq.registry.versionCount, 1);
    assert.equal(sq.registry.ageDays, 3);
    // New and thin raises the typosquat to high, as in the analyzer; the others keep their rule's severity.
    assert.deepEqual(sq.concerns.map((c) => [c.ruleId, c.severity]), [
      ['deps/typosquat', 'high'], ['deps/new-package', depRules.newPackage.severity], ['deps/few-versions', depRules.fewVersions.severity]]);

    const madeUp = await client.callTool({ name: 'check_package', arguments: { ecosystem: 'npm', name: 'express-jwt-validator-pro' } }) as CallToolResult;
    const mu = madeUp.structuredContent as { registry: { exists: boolean }; concerns: { ruleId: string }[] };
    assert.equal(mu.registry.exists, false);
    assert.deepEqual(mu.concerns.map((c) => c.ruleId), ['deps/hallucinated-package']);
    assert.match(textOf(madeUp), /does NOT exist in the npm registry/);

    const old = await client.callTool({ name: 'check_package', arguments: { ecosystem: 'npm', name: 'lodash', version: '4.17.20' } }) as CallToolResult;
    const ol = old.structuredContent as { popular: boolean; advisories: { checked: boolean; advisories: { id: string; fixedVersion?: string }[] }; concerns: { ruleId: string }[] };
    assert.equal(ol.popular, true);
    assert.ok(ol.advisories.checked);
    assert.ok(ol.advisories.advisories.some((a) => a.id === 'CVE-2021-23337' && a.fixedVersion === '4.17.21'), JSON.stringify(ol.advisories));
    assert.ok(ol.concerns.every((c) => c.ruleId === 'deps/known-vulnerability'));
    // Without a version, the registry's latest (4.17.21, fixed) is checked.
    const latest = await client.callTool({ name: 'check_package', arguments: { ecosystem: 'npm', name: 'lodash' } }) as CallToolResult;
    const la = latest.structuredContent as { advisories: { checked: boolean; version: string; advisories: { id: string }[] }; concerns: unknown[] };
    assert.equal(la.advisories.version, '4.17.21');
    assert.ok(!la.advisories.advisories.some((a) => a.id === 'CVE-2021-23337'));

    const pypi = await client.callTool({ name: 'check_package', arguments: { ecosystem: 'pypi', name: 'requests' } }) as CallToolResult;
    const py = pypi.structuredContent as { ecosystem: string; registry: { exists: boolean; latest: string }; concerns: unknown[] };
    assert.deepEqual([py.ecosystem, py.registry.exists, py.registry.latest], ['PyPI', true, '2.32.3']);

    const denied = await client.callTool({ name: 'check_package', arguments: { ecosystem: 'npm', name: 'request', version: '2.88.2' } }) as CallToolResult;
    assert.ok((denied.structuredContent as { concerns: { ruleId: string }[] }).concerns.some((c) => c.ruleId === 'deps/denied-package'));

    const badEco = await client.callTool({ name: 'check_package', arguments: { ecosystem: 'cargo', name: 'serde' } }) as CallToolResult;
    assert.equal(badEco.isError, true);
  });

  it('explain_rule answers from the rule definition and suggests ids for a typo', async () => {
    const r = await client.callTool({ name: 'explain_rule', arguments: { rule_id: 'js/command-injection' } }) as CallToolResult;
    const s = r.structuredContent as { id: string; fix: string; cwe: number[] };
    assert.equal(s.id, 'js/command-injection');
    assert.ok(s.cwe.includes(78));
    assert.ok(textOf(r).includes(s.fix.split('\n')[0]!));
    const typo = await client.callTool({ name: 'explain_rule', arguments: { rule_id: 'js/comand-injection' } }) as CallToolResult;
    assert.equal(typo.isError, true);
    assert.match(textOf(typo), /unknown rule 'js\/comand-injection'\. Did you mean 'js\/command-injection'/);
  });

  it('wrote nothing but protocol messages to stdout and no internal errors to stderr', () => {
    assert.doesNotMatch(stderr, /internal error/);
  });
});
