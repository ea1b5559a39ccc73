/** The HTTP API on a real server on 127.0.0.1, over real SQLite and real PostgreSQL. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { FIXTURE_VALUES } from '../secrets/fixture-values.js';
import { PostgresServer } from '../helpers/postgres.js';
import { at, makeReport, type FindingSpec } from '../helpers/reports.js';

let pgServer: PostgresServer;
before(async () => { pgServer = await PostgresServer.start(); });
after(async () => { await pgServer?.stop(); });

interface Running { app: FastifyInstance; store: Store; base: string; upload: string; read: string }

async function start(target: string, bodyLimit?: number): Promise<Running> {
  const store = await Store.open(target);
  const app = await buildServer({ store, bodyLimit });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const upload = (await store.createToken('upload', 'ci')).token;
  const read = (await store.createToken('read', 'dashboard')).token;
  return { app, store, base: address, upload, read };
}

async function stop(r: Running): Promise<void> {
  await r.app.close();
  await r.store.close();
}

function body(hours: number, findings: FindingSpec[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...makeReport({ startedAt: at(hours), findings }), repository: 'acme/shop', branch: 'main', commit: `c${hours}`, commitTime: at(hours - 1), trigger: 'ci', ...extra };
}

async function post(r: Running, payload: unknown, token: string | null = r.upload, raw?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${r.base}/api/v1/scans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: raw ?? JSON.stringify(payload),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function get(r: Running, path: string, token: string | null = r.read): Promise<{ status: number; json: any }> {
  const res = await fetch(`${r.base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, json: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

const backends = [
  { name: 'SQLite', target: async () => join(mkdtempSync(join(tmpdir(), 'vouch-srv-')), 'history.sqlite') },
  { name: 'PostgreSQL', target: async () => pgServer.createDatabase(`s${Math.random().toString(36).slice(2, 10)}`) },
];

for (const backend of backends) {
  describe(`server on ${backend.name}`, () => {
    it('uploads need an upload token; duplicates are idempotent; reads need a read token', async () => {
      const r = await start(await backend.target());
      try {
        const payload = body(0, [{ fingerprint: 'a', severity: 'critical', origin: 'ai' }]);
        assert.equal((await post(r, payload, null)).status, 401);
        assert.equal((await post(r, payload, 'vouch_000000000000_wrong')).status, 401);
        const wrongScope = await post(r, payload, r.read);
        assert.equal(wrongScope.status, 403);
        assert.match(String(wrongScope.json.message), /scope 'upload'/);
        const first = await post(r, payload);
        assert.equal(first.status, 201);
        assert.match(String(first.json.id), /^[0-9a-f]{32}$/);
        const again = await post(r, payload);
        assert.deepEqual([again.status, again.json], [200, { id: first.json.id, duplicate: true }]);

        assert.equal((await get(r, '/api/v1/scans', null)).status, 401);
        assert.equal((await get(r, '/api/v1/scans', r.upload)).status, 403);
        const scans = await get(r, '/api/v1/scans');
        assert.equal(scans.status, 200);
        assert.equal(scans.json.scans.length, 1);
        assert.equal(scans.json.scans[0].commit, 'c0');
        assert.equal(scans.json.scans[0].trigger, 'ci');
        assert.equal(scans.json.scans[0].commitTime, at(-1));

        // A revoked token stops working at once.
        const t = await r.store.createToken('upload', 'temp');
        await r.store.revokeToken(t.info.id);
        assert.equal((await post(r, body(1, []), t.token)).status, 401);
      } finally {
        await stop(r);
      }
    });

    it('bad input gets a clear 4xx and stores nothing', async () => {
      const r = await start(await backend.target(), 64 * 1024);
      try {
        const malformed = await post(r, undefined, r.upload, '{"schemaVersion": ');
        assert.equal(malformed.status, 400);
        const big = await post(r, body(0, Array.from({ length: 300 }, (_, i) => ({ fingerprint: `f${i}` }))));
        assert.equal(big.status, 413);
        assert.match(String(big.json.message), /larger than the server's limit of 65536 bytes/);
        const newer = await post(r, { ...body(0, []), schemaVersion: '2.0.0' });
        assert.equal(newer.status, 422);
        assert.match(String(newer.json.message), /schemaVersion 2\.0\.0 is not supported.*upgrade the server/);
        const noRepo = await post(r, { ...body(0, []), repository: undefined });
        assert.equal(noRepo.status, 422);
        assert.match(String(noRepo.json.message), /'repository'/);
        const bad = body(0, [{ fingerprint: 'a' }]);
        (bad.findings as Record<string, unknown>[])[0]!.severity = 'urgent';
        const invalid = await post(r, bad);
        assert.equal(invalid.status, 422);
        assert.ok((invalid.json.details as string[]).some((d) => d.includes('/findings/0/severity')), JSON.stringify(invalid.json));
        const notObject = await post(r, [1, 2]);
        assert.equal(notObject.status, 400);

        // An unredacted secret anywhere in the payload is refused without echoing it.
        const secret = FIXTURE_VALUES.AWS_ACCESS_KEY!();
        const leaky = body(0, [{ fingerprint: 'a' }]);
        (leaky.findings as Record<string, unknown>[])[0]!.snippet = `const key = "${secret}";`;
        const refused = await post(r, leaky);
        assert.equal(refused.status, 422);
        assert.match(String(refused.json.message), /unredacted secret \(secrets\/aws-access-key at \$\.findings\[0\]\.snippet\)/);
        assert.ok(!JSON.stringify(refused.json).includes(secret));

        assert.equal((await r.store.listScans()).length, 0);
        assert.equal(await r.store.countFindings(), 0);
        assert.equal((await get(r, '/api/v1/findings?severity=urgent')).status, 400);
        assert.equal((await get(r, '/api/v1/scans?from=yesterday')).status, 400);
      } finally {
        await stop(r);
      }
    });

    it('findings, drill-down, KPIs and /metrics agree with the recorded history', async () => {
      const r = await start(await backend.target());
      try {
        // main: `a` (AI, critical) fixed after 3 h; `b` (human, high) stays open; a failing and a passing scan.
        assert.equal((await post(r, body(0, [{ fingerprint: 'a', severity: 'critical', origin: 'ai', ruleId: 'js/sql-injection' }, { fingerprint: 'b', severity: 'high' }], { trigger: 'pre-commit' }))).status, 201);
        assert.equal((await post(r, body(3, [{ fingerprint: 'b', severity: 'high' }]))).status, 201);
        assert.equal((await post(r, body(4, [], { repository: 'acme/api', gate: undefined }))).status, 422);
        const passing = makeReport({ startedAt: at(4), findings: [], passed: true, provenanceFiles: [{ path: 'a.js', aiLines: 5, lines: 10, reviewed: true }, { path: 'b.js', aiLines: 1, lines: 4, reviewed: false }] });
        assert.equal((await post(r, { ...passing, repository: 'acme/api', branch: 'main', commit: 'd1' })).status, 201);

        const open = await get(r, '/api/v1/findings?status=open');
        assert.deepEqual(open.json.findings.map((f: { fingerprint: string }) => f.fingerprint), ['b']);
        const fixed = await get(r, '/api/v1/findings?status=fixed&origin=ai&repository=acme/shop');
        assert.equal(fixed.json.findings.length, 1);
        assert.equal(fixed.json.findings[0].fixHours, 3);
        const detail = await get(r, `/api/v1/findings/${fixed.json.findings[0].id}`);
        assert.equal(detail.json.rule.id, 'js/sql-injection');
        assert.ok(detail.json.rule.fix.length > 10);
        assert.deepEqual(detail.json.events.map((e: { event: string }) => e.event), ['opened', 'fixed']);
        assert.equal((await get(r, '/api/v1/findings/nope')).status, 404);

        const k = (await get(r, `/api/v1/kpis?from=${at(-24)}&to=${at(24)}&bucket=day`)).json;
        assert.equal(k.introduced.ai.critical, 1);
        assert.equal(k.introduced.human.high, 1);
        assert.equal(k.open.human.high, 1);
        assert.equal(k.open.ai.critical, 0);
        assert.equal(k.fixed.count, 1);
        assert.equal(k.fixed.meanTimeToFixHours, 3);
        assert.equal(k.fixed.met, true);
        assert.deepEqual(k.scans, { total: 3, passed: 1, passRate: 0.3333 });
        assert.equal(k.coverage.repositories, 2);
        assert.equal(k.coverage.preCommit, 1);
        assert.equal(k.coverage.ci, 1);
        assert.deepEqual(k.review, { aiFiles: 2, aiFilesReviewed: 1, completion: 0.5 });
        assert.equal(k.aiPerMonth.criticalMet, false);
        assert.deepEqual(k.series.map((p: { period: string }) => p.period), ['2026-11-01', '2026-11-02', '2026-11-03']);
        assert.equal(k.series[1].introduced.ai.critical, 1);
        const apiOnly = (await get(r, `/api/v1/kpis?from=${at(-24)}&to=${at(24)}&repository=acme/api`)).json;
        assert.deepEqual(apiOnly.scans, { total: 1, passed: 1, passRate: 1 });

        const health = await get(r, '/healthz', null);
        assert.deepEqual([health.status, health.json], [200, { status: 'ok' }]);
        const metrics = await get(r, '/metrics', null);
        assert.equal(metrics.status, 200);
        const text = String(metrics.json);
        assert.match(text, /^vulnerabilities_total\{source="human",severity="high"\} 1$/m);
        assert.doesNotMatch(text, /^vulnerabilities_total\{source="ai-generated",severity="critical"\} [1-9]/m);
        assert.match(text, /^vulnerability_fix_time_hours_count\{source="ai-generated"\} 1$/m);
        assert.match(text, /^vulnerability_fix_time_hours_sum\{source="ai-generated"\} 3$/m);
        assert.match(text, /^vulnerability_fix_time_hours_bucket\{le="4",source="ai-generated"\} 1$/m);
        assert.match(text, /^security_scans_total\{repository="acme\/shop"\} 2$/m);
        assert.match(text, /^security_scans_passed\{repository="acme\/shop"\} 0$/m);
        assert.match(text, /^security_scans_passed\{repository="acme\/api"\} 1$/m);
        assert.match(text, /^vouch_repository_last_scan_timestamp_seconds\{repository="acme\/api"\} \d+/m);
      } finally {
        await stop(r);
      }
    });
  });
}

describe('server when PostgreSQL goes away', () => {
  it('answers 503 while the database is down, writes nothing half, and recovers when it returns', async () => {
    const pgOwn = await PostgresServer.start();
    const r = await start(await pgOwn.createDatabase('lost'));
    try {
      assert.equal((await post(r, body(0, [{ fingerprint: 'a' }]))).status, 201);
      await pgOwn.pause();
      const during = await post(r, body(1, [{ fingerprint: 'b' }]));
      assert.equal(during.status, 503);
      assert.match(String(during.json.message), /database is unavailable/);
      assert.equal((await get(r, '/healthz', null)).status, 503);
      await pgOwn.resume();
      let after = await post(r, body(1, [{ fingerprint: 'b' }]));
      // The pool may hand out one dead connection first; a retry gets a fresh one.
      if (after.status === 503) after = await post(r, body(1, [{ fingerprint: 'b' }]));
      assert.equal(after.status, 201);
      assert.equal((await r.store.listScans()).length, 2);
      assert.deepEqual((await r.store.listFindings()).map((f) => [f.fingerprint, f.state]).sort(), [['a', 'fixed'], ['b', 'open']]);
    } finally {
      await stop(r);
      await pgOwn.stop();
    }
  });
});

describe('upload validation on real reports', () => {
  it('accepts the redacted report of a real scan full of planted secrets and code flaws', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { fillSlots } = await import('../secrets/fixture-values.js');
    const { parseUpload } = await import('../../src/server/validate.js');
    const { runVouch, tempProject } = await import('../helpers/cli.js');
    const fixtures = join(process.cwd(), 'test', 'secrets', 'fixtures');
    const files: Record<string, string> = {};
    const planted: string[] = [];
    for (const name of readdirSync(fixtures)) {
      const { text, planted: p } = fillSlots(readFileSync(join(fixtures, name), 'utf8'));
      files[name] = text;
      planted.push(...p);
    }
    files['server.js'] = "const express = require('express');\nconst app = express();\napp.get('/u', (req, res) => db.query(`SELECT * FROM u WHERE id = ${req.query.id}`));\n";
    const dir = tempProject(files);
    const out = runVouch(['scan', '-f', 'json', '--offline', '--no-cache'], { cwd: dir });
    const report = JSON.parse(out.stdout) as Record<string, unknown>;
    assert.ok((report.findings as unknown[]).length >= 10, out.stderr);
    for (const p of planted) assert.ok(!out.stdout.includes(p), 'the report is redacted');
    const upload = parseUpload({ ...report, repository: 'acme/shop', branch: 'main', commit: 'abc' });
    assert.equal(upload.report.findings.length, (report.findings as unknown[]).length);
    // The same report with one planted value put back is refused.
    const tampered = JSON.parse(out.stdout) as { findings: { snippet: string; ruleId: string }[] };
    const aws = tampered.findings.find((f) => f.ruleId === 'secrets/aws-access-key')!;
    aws.snippet = planted.find((p) => p.startsWith('AKIA'))!;
    assert.throws(() => parseUpload({ ...tampered, repository: 'acme/shop', branch: 'main', commit: 'abc' }), /unredacted secret \(secrets\/aws-access-key/);
  });
});
