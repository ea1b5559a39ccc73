/** The store on real SQLite and real PostgreSQL: migrations, lifecycle by fingerprint, idempotence, tokens. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import type { ReportJson, ScanUpload } from '../../src/store/report.js';
import { PostgresServer } from '../helpers/postgres.js';
import { at, makeReport, type FindingSpec } from '../helpers/reports.js';

function upload(hours: number, findings: FindingSpec[], extra: Partial<ScanUpload> & { scope?: { mode: string; complete: boolean }; errors?: number } = {}): ScanUpload {
  const { scope, errors, ...rest } = extra;
  return {
    repository: 'acme/shop', branch: 'main', commit: `c${hours}`, trigger: 'ci',
    report: makeReport({ startedAt: at(hours), findings, scope, errors }) as unknown as ReportJson,
    ...rest,
  };
}

let pgServer: PostgresServer;
before(async () => { pgServer = await PostgresServer.start(); });
after(async () => { await pgServer?.stop(); });

const backends: { name: string; target: () => Promise<string> }[] = [
  { name: 'SQLite', target: async () => join(mkdtempSync(join(tmpdir(), 'vouch-store-')), 'nested', 'history.sqlite') },
  { name: 'PostgreSQL', target: async () => pgServer.createDatabase(`t${Math.random().toString(36).slice(2, 10)}`) },
];

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    it('migrates once: reopening an existing store keeps its data', async () => {
      const target = await backend.target();
      const s1 = await Store.open(target);
      await s1.recordScan(upload(0, [{ fingerprint: 'a' }]));
      await s1.close();
      const s2 = await Store.open(target);
      assert.equal((await s2.listScans()).length, 1);
      assert.equal(await s2.countFindings(), 1);
      await s2.close();
    });

    it('moves findings through opened, fixed (with hours), reopened, suppressed and baselined', async () => {
      const store = await Store.open(await backend.target());
      try {
        await store.recordScan(upload(0, [{ fingerprint: 'a', origin: 'ai' }, { fingerprint: 'b' }, { fingerprint: 'c', status: 'suppressed' }]));
        // 3 h later a complete scan no longer has `a`: fixed after 3 hours. `d` is new; `c` is no longer suppressed.
        await store.recordScan(upload(3, [{ fingerprint: 'b' }, { fingerprint: 'c' }, { fingerprint: 'd', status: 'baseline' }]));
        // An incomplete (staged) scan without `b` and `d` fixes nothing.
        await store.recordScan(upload(4, [{ fingerprint: 'c' }], { scope: { mode: 'staged', complete: false } }));
        // A complete scan with a parse error cannot conclude fixes either.
        await store.recordScan(upload(4.5, [{ fingerprint: 'c' }], { errors: 1 }));
        // `a` comes back 5 h after the start: reopened, its open period restarts.
        await store.recordScan(upload(5, [{ fingerprint: 'a', origin: 'ai' }, { fingerprint: 'b' }, { fingerprint: 'c' }, { fingerprint: 'd', status: 'baseline' }]));

        const byFp = new Map((await store.listFindings({ limit: 10 })).map((f) => [f.fingerprint, f]));
        assert.deepEqual([...byFp.keys()].sort(), ['a', 'b', 'c', 'd']);
        const a = byFp.get('a')!;
        assert.equal(a.state, 'open');
        assert.equal(a.reopened, 1);
        assert.equal(a.first_seen_at, at(0));
        assert.equal(a.opened_at, at(5));
        assert.equal(a.fixed_at, null);
        assert.equal(a.origin, 'ai');
        assert.equal(a.model, 'claude-sonnet-4');
        assert.equal(byFp.get('b')!.state, 'open');
        assert.equal(byFp.get('b')!.last_seen_at, at(5));
        assert.equal(byFp.get('c')!.state, 'open');
        assert.equal(byFp.get('d')!.state, 'baseline');

        const history = await store.findingHistory(a.id);
        assert.deepEqual(history!.events.map((e) => [e.event, e.at]), [['opened', at(0)], ['fixed', at(3)], ['reopened', at(5)]]);
        assert.deepEqual(history!.occurrences.map((o) => o.commit), ['c5', 'c0']);
        const c = await store.findingHistory(byFp.get('c')!.id);
        assert.deepEqual(c!.events.map((e) => e.event), ['suppressed', 'unsuppressed']);

        // The fix of `a` was measured: 3 hours from first seen to fixed. Fix it again 2 hours after reopening.
        await store.recordScan(upload(7, [{ fingerprint: 'b' }, { fingerprint: 'c' }, { fingerprint: 'd', status: 'baseline' }]));
        const a2 = (await store.listFindings({ state: ['fixed'] }))[0]!;
        assert.equal(a2.fingerprint, 'a');
        assert.equal(a2.fix_hours, 2);
        assert.equal(a2.fixed_at, at(7));
        const events = (await store.findingHistory(a.id))!.events.map((e) => e.event);
        assert.deepEqual(events, ['opened', 'fixed', 'reopened', 'fixed']);
      } finally {
        await store.close();
      }
    });

    it('records a fix time in hours from first seen to fixed', async () => {
      const store = await Store.open(await backend.target());
      try {
        await store.recordScan(upload(0, [{ fingerprint: 'x' }]));
        await store.recordScan(upload(1.5, []));
        const [x] = await store.listFindings({ state: ['fixed'] });
        assert.equal(x!.fix_hours, 1.5);
      } finally {
        await store.close();
      }
    });

    it('keeps lifecycles per repository and branch', async () => {
      const store = await Store.open(await backend.target());
      try {
        await store.recordScan(upload(0, [{ fingerprint: 'a' }]));
        await store.recordScan(upload(1, [], { branch: 'feature' }));
        await store.recordScan(upload(1, [], { repository: 'acme/other' }));
        const [a] = await store.listFindings({ repository: ['acme/shop'], branch: 'main' });
        assert.equal(a!.state, 'open');
        assert.equal((await store.listFindings({ state: ['fixed'] })).length, 0);
      } finally {
        await store.close();
      }
    });

    it('an older scan arriving late adds history without fixing or reopening', async () => {
      const store = await Store.open(await backend.target());
      try {
        await store.recordScan(upload(5, [{ fingerprint: 'b' }]));
        await store.recordScan(upload(1, [{ fingerprint: 'a' }]));
        const rows = await store.listFindings();
        assert.equal(rows.find((r) => r.fingerprint === 'b')!.state, 'open');
      } finally {
        await store.close();
      }
    });

    it('records a duplicate upload once and returns the same id', async () => {
      const store = await Store.open(await backend.target());
      try {
        const u = upload(0, [{ fingerprint: 'a' }, { fingerprint: 'b' }]);
        const first = await store.recordScan(u);
        const results = await Promise.all([store.recordScan(u), store.recordScan(structuredClone(u))]);
        assert.equal(first.duplicate, false);
        for (const r of results) assert.deepEqual(r, { id: first.id, duplicate: true });
        assert.equal((await store.listScans()).length, 1);
        const h = await store.findingHistory((await store.listFindings())[0]!.id);
        assert.equal(h!.occurrences.length, 1);
      } finally {
        await store.close();
      }
    });

    it('filters scans and findings', async () => {
      const store = await Store.open(await backend.target());
      try {
        await store.recordScan(upload(0, [{ fingerprint: 'a', severity: 'critical', origin: 'ai' }, { fingerprint: 'b', severity: 'low' }]));
        await store.recordScan(upload(10, [{ fingerprint: 'z', severity: 'high' }], { repository: 'acme/api' }));
        assert.deepEqual((await store.listFindings({ severity: ['critical'] })).map((f) => f.fingerprint), ['a']);
        assert.deepEqual((await store.listFindings({ origin: ['human'], repository: ['acme/shop'] })).map((f) => f.fingerprint), ['b']);
        assert.deepEqual((await store.listFindings({ from: at(5) })).map((f) => f.fingerprint), ['z']);
        assert.deepEqual((await store.listScans({ to: at(5) })).map((s) => s.repository), ['acme/shop']);
        assert.deepEqual((await store.listScans({ repository: ['acme/api'] })).map((s) => s.commit_sha), ['c10']);
      } finally {
        await store.close();
      }
    });

    it('keeps only a hash of each token; revoked tokens stop working', async () => {
      const store = await Store.open(await backend.target());
      try {
        const { token, info } = await store.createToken('upload', 'ci');
        assert.match(token, /^vouch_[0-9a-f]{12}_[A-Za-z0-9_-]{32}$/);
        const rows = await store.db.selectFrom('tokens').selectAll().execute();
        assert.equal(rows.length, 1);
        // The secret part may itself contain '_', so cut at the fixed-length prefix rather than split.
        const secretPart = token.slice('vouch_'.length + 12 + 1);
        assert.equal(secretPart.length, 32);
        assert.ok(!JSON.stringify(rows).includes(secretPart), 'the secret part is not stored');
        assert.equal((await store.verifyToken(token))?.scope, 'upload');
        assert.equal(await store.verifyToken(token + 'x'), undefined);
        assert.equal(await store.revokeToken(info.id), true);
        assert.equal(await store.revokeToken(info.id), false);
        assert.equal(await store.verifyToken(token), undefined);
        assert.ok((await store.listTokens())[0]!.revokedAt);
      } finally {
        await store.close();
      }
    });
  });
}
