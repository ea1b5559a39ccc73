/**
 * The dashboard in a real browser: Debian's headless Chromium driven by playwright-core loads the
 * page from a real server with seeded history, and the KPI numbers shown must match the API; the
 * charts must have drawn; a finding opens with its rule help and history. A screenshot is saved
 * to test-output/dashboard.png.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import type { ReportJson } from '../../src/store/report.js';
import { makeReport } from '../helpers/reports.js';

const CHROMIUM = process.env.VOUCH_TEST_CHROMIUM ?? '/usr/bin/chromium';

function hoursAgo(h: number): string {
  return new Date(Date.now() - h * 3_600_000).toISOString();
}

describe('dashboard in headless Chromium', () => {
  let store: Store;
  let app: FastifyInstance;
  let base = '';
  let readToken = '';
  let browser: Browser;

  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set VOUCH_TEST_CHROMIUM`);
    store = await Store.open(join(mkdtempSync(join(tmpdir(), 'vouch-dash-')), 'history.sqlite'));
    const rec = (h: number, repo: string, findings: Parameters<typeof makeReport>[0]['findings'], trigger: 'ci' | 'pre-commit' = 'ci', files?: { path: string; aiLines: number; lines: number; reviewed: boolean }[]) =>
      store.recordScan({ repository: repo, branch: 'main', commit: `c${h}`, trigger, report: makeReport({ startedAt: hoursAgo(h), findings, provenanceFiles: files }) as unknown as ReportJson });
    await rec(100, 'acme/shop', [{ fingerprint: 'a', severity: 'critical', origin: 'ai' }, { fingerprint: 'b', severity: 'high', origin: 'human' }, { fingerprint: 'c', severity: 'high', origin: 'ai' }], 'pre-commit');
    await rec(98, 'acme/shop', [{ fingerprint: 'b', severity: 'high', origin: 'human' }, { fingerprint: 'c', severity: 'high', origin: 'ai' }]);
    await rec(50, 'acme/shop', [{ fingerprint: 'c', severity: 'high', origin: 'ai' }], 'ci', [{ path: 'src/a.js', aiLines: 10, lines: 20, reviewed: true }]);
    await rec(20, 'acme/api', [], 'ci', [{ path: 'x.js', aiLines: 3, lines: 9, reviewed: false }]);
    app = await buildServer({ store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    readToken = (await store.createToken('read', 'dashboard')).token;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('shows the API\'s KPIs, draws the charts offline and drills down to a finding', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
    // Without a token the page asks for one, with a labelled field.
    await page.goto(`${base}/`);
    await page.getByLabel('Read token').fill(readToken);
    await page.getByRole('button', { name: 'Show dashboard' }).click();
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 15_000 });

    const to = new Date();
    const k = await (await fetch(`${base}/api/v1/kpis?from=${new Date(to.getTime() - 30 * 86_400_000).toISOString()}&to=${to.toISOString()}`, { headers: { authorization: `Bearer ${readToken}` } })).json() as {
      aiPerMonth: { critical: number; high: number }; fixed: { meanTimeToFixHours: number }; scans: { passRate: number }; coverage: { preCommit: number; ci: number; repositories: number }; review: { completion: number };
    };
    const shown = async (name: string) => (await page.locator(`[data-kpi="${name}"] .value`).textContent())!.trim();
    assert.equal(await shown('aiCritical'), String(k.aiPerMonth.critical));
    assert.equal(await shown('aiHigh'), String(k.aiPerMonth.high));
    assert.equal(await shown('mttf'), `${k.fixed.meanTimeToFixHours} h`);
    assert.equal(k.fixed.meanTimeToFixHours, 26); // `a` fixed after 2 h, `b` after 50 h
    assert.equal(await shown('passRate'), `${Math.round(k.scans.passRate * 1000) / 10}%`);
    assert.equal(await shown('coverage'), `${k.coverage.preCommit} / ${k.coverage.ci} of ${k.coverage.repositories}`);
    assert.equal(await shown('coverage'), '1 / 2 of 2');
    assert.equal(await shown('review'), '50%');
    assert.equal(await page.locator('[data-kpi="mttf"]').getAttribute('class'), 'kpi missed');

    // Each chart was drawn by Chart.js and has ink on its canvas.
    for (const id of ['chart-introduced', 'chart-mttf', 'chart-pass', 'chart-origin']) {
      // Runs in the page (no DOM types in this Node project, hence a string).
      const drawn = await page.evaluate(`(() => {
        const canvas = document.getElementById('${id}');
        const chart = window.Chart.getChart(canvas);
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
        return { chart: chart !== undefined, ink, w: canvas.width };
      })()`) as { chart: boolean; ink: number; w: number };
      assert.ok(drawn.chart && drawn.w > 100 && drawn.ink > 500, `${id}: ${JSON.stringify(drawn)}`);
    }

    // The open finding opens with its location, rule help and history, from the keyboard.
    const rows = page.locator('#findings tbody tr');
    assert.equal(await rows.count(), 1);
    await page.locator('#findings tbody button').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail:not([hidden])');
    const detail = (await page.locator('#detail').textContent())!;
    assert.match(detail, /js\/sql-injection/);
    assert.match(detail, /src\/app\.js:10/);
    assert.match(detail, /opened/);
    assert.match(detail, /claude-sonnet-4/);

    // Filtering by repository changes the numbers to that repository's.
    await page.selectOption('#f-repository', 'acme/api');
    await page.locator('[data-kpi="passRate"] .value', { hasText: /^100%$/ }).waitFor();
    assert.equal(await page.locator('#findings tbody tr').first().textContent(), 'No open findings for these filters.');

    mkdirSync('test-output', { recursive: true });
    await page.selectOption('#f-repository', '');
    await page.locator('[data-kpi="coverage"] .value', { hasText: /^1 \/ 2 of 2$/ }).waitFor();
    await page.screenshot({ path: join('test-output', 'dashboard.png'), fullPage: true });
    assert.deepEqual(outside, [], 'the page loads nothing from outside the server');
    await page.close();
  });
});
