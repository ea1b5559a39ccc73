import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cvss3BaseScore, severityOfScore } from '../../src/analyzers/dependencies/cvss.js';
import { AdvisoryDb } from '../../src/analyzers/dependencies/db/advisory-db.js';
import { readOsvDirectory } from '../../src/analyzers/dependencies/db/osv-source.js';
import { matchVulnerabilities } from '../../src/analyzers/dependencies/match.js';
import type { DeclaredPackage, Ecosystem } from '../../src/analyzers/dependencies/model.js';
import { advisorySeverity, matchAffected, type OsvRange } from '../../src/analyzers/dependencies/osv.js';
import { FIXTURES, tempDir } from './helpers.js';

const range = (type: string, ...events: OsvRange['events']): { ranges: OsvRange[] } => ({ ranges: [{ type, events }] });

describe('OSV range semantics', () => {
  it('introduced/fixed with npm semver ordering (prereleases sort before the release)', () => {
    const r = range('SEMVER', { introduced: '1.0.0' }, { fixed: '1.2.6' });
    assert.deepEqual(matchAffected('npm', r, '1.2.5'), { affected: true, fixed: '1.2.6' });
    assert.deepEqual(matchAffected('npm', r, '1.2.6-beta.1'), { affected: true, fixed: '1.2.6' });
    assert.deepEqual(matchAffected('npm', r, '1.2.6'), { affected: false });
    assert.deepEqual(matchAffected('npm', r, '0.9.9'), { affected: false });
    assert.deepEqual(matchAffected('npm', r, '1.10.0'), { affected: false });
  });

  it('"0" means every version before the fix; several intervals in one range', () => {
    const r = range('ECOSYSTEM', { introduced: '0' }, { fixed: '0.2.4' }, { introduced: '1.0.0' }, { fixed: '1.2.6' });
    assert.equal(matchAffected('npm', r, '0.0.8').affected, true);
    assert.equal(matchAffected('npm', r, '0.2.4').affected, false);
    assert.equal(matchAffected('npm', r, '0.9.0').affected, false);
    assert.deepEqual(matchAffected('npm', r, '1.1.0'), { affected: true, fixed: '1.2.6' });
  });

  it('last_affected is inclusive and leaves no fixed version', () => {
    const r = range('ECOSYSTEM', { introduced: '2.0.0' }, { last_affected: '2.4.1' });
    assert.deepEqual(matchAffected('npm', r, '2.4.1'), { affected: true });
    assert.equal(matchAffected('npm', r, '2.4.2').affected, false);
    assert.deepEqual(matchAffected('npm', range('ECOSYSTEM', { introduced: '0' }), '99.0.0'), { affected: true });
  });

  it('PEP 440 ordering for PyPI: rc < final < post, and explicit versions lists', () => {
    const r = range('ECOSYSTEM', { introduced: '2.3.0' }, { fixed: '2.31.0' });
    assert.equal(matchAffected('PyPI', r, '2.31.0rc1').affected, true);
    assert.equal(matchAffected('PyPI', r, '2.31.0').affected, false);
    assert.equal(matchAffected('PyPI', r, '2.30.0.post1').affected, true);
    assert.equal(matchAffected('PyPI', r, '2.4').affected, true); // 2.4 == 2.4.0 > 2.3.0
    assert.equal(matchAffected('PyPI', { versions: ['1.0'] }, '1.0.0').affected, true);
    assert.equal(matchAffected('PyPI', { versions: ['1.0'] }, '1.0.1').affected, false);
  });

  it('GIT ranges are ignored (they name commits)', () => {
    assert.equal(matchAffected('npm', range('GIT', { introduced: '0' }), '1.0.0').affected, false);
  });
});

describe('severity', () => {
  it('computes CVSS v3.1 base scores as published for the fixture advisories', () => {
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), 9.8); // CVE-2021-44906
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H'), 7.2); // CVE-2021-23337
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H'), 7.4); // CVE-2020-8203
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N'), 6.1); // CVE-2023-32681
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N'), 5.4); // CVE-2024-22195
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N'), 0);
    assert.equal(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), undefined);
    assert.equal(severityOfScore(9.8), 'critical');
    assert.equal(severityOfScore(7.0), 'high');
    assert.equal(severityOfScore(6.9), 'medium');
    assert.equal(severityOfScore(3.9), 'low');
  });

  it('falls back to the database rating, and malware is critical', () => {
    assert.deepEqual(advisorySeverity({ id: 'GHSA-x', database_specific: { severity: 'MODERATE' } }), { severity: 'medium' });
    assert.deepEqual(advisorySeverity({ id: 'GHSA-y', severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N' }], database_specific: { severity: 'LOW' } }), { severity: 'low' });
    assert.equal(advisorySeverity({ id: 'MAL-2024-0001' }).severity, 'critical');
  });
});

function fixtureDb(): AdvisoryDb {
  const db = AdvisoryDb.open(join(tempDir(), 'advisories.sqlite'));
  const read = readOsvDirectory(join(FIXTURES, 'osv'));
  assert.deepEqual(read.problems, []);
  db.importRecords(read.records, { source: 'fixtures' });
  return db;
}

function pkg(ecosystem: Ecosystem, name: string, version: string): DeclaredPackage {
  return { ecosystem, name, version, direct: true, dev: false, path: 'x', line: 1 };
}

describe('matching against the fixture advisory database', () => {
  it('finds both lodash advisories for 4.17.15, one for 4.17.19, none for 4.17.21', () => {
    const db = fixtureDb();
    try {
      const ids = (v: string) => matchVulnerabilities(db, [pkg('npm', 'lodash', v)]).map((m) => `${m.id} ${m.severity} fixed=${m.fixed}`);
      assert.deepEqual(ids('4.17.15'), ['CVE-2020-8203 high fixed=4.17.19', 'CVE-2021-23337 high fixed=4.17.21']);
      assert.deepEqual(ids('4.17.19'), ['CVE-2021-23337 high fixed=4.17.21']);
      assert.deepEqual(ids('4.17.21'), []);
      assert.deepEqual(ids('3.6.0'), ['CVE-2021-23337 high fixed=4.17.21']); // before CVE-2020-8203 was introduced
    } finally { db.close(); }
  });

  it('merges GHSA and PYSEC aliases of one vulnerability and normalises PyPI names', () => {
    const db = fixtureDb();
    try {
      const requests = matchVulnerabilities(db, [pkg('PyPI', 'Requests', '2.28.0')]);
      assert.equal(requests.length, 1);
      assert.equal(requests[0]!.id, 'CVE-2023-32681');
      assert.deepEqual(requests[0]!.ids, ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q', 'PYSEC-2023-74']);
      assert.equal(requests[0]!.severity, 'medium');
      assert.equal(requests[0]!.score, 6.1);
      assert.equal(requests[0]!.fixed, '2.31.0');
      assert.deepEqual(matchVulnerabilities(db, [pkg('PyPI', 'requests', '2.31.0')]), []);
      const jinja = matchVulnerabilities(db, [pkg('PyPI', 'Jinja2', '3.1.2')]);
      assert.deepEqual(jinja.map((m) => `${m.id} ${m.fixed}`), ['CVE-2024-22195 3.1.3']);
      // npm names are case-sensitive: "Lodash" is a different package.
      assert.deepEqual(matchVulnerabilities(db, [pkg('npm', 'Lodash', '4.17.15')]), []);
    } finally { db.close(); }
  });

  it('reports status per ecosystem and drops withdrawn records', () => {
    const db = fixtureDb();
    try {
      db.importRecords([{ id: 'GHSA-wdrn-0000-0000', withdrawn: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }] }], { source: 'extra' });
      assert.deepEqual(matchVulnerabilities(db, [pkg('npm', 'left-pad', '1.0.0')]), []);
      const s = db.status();
      assert.equal(s.advisories, 6);
      assert.deepEqual(s.ecosystems.map((e) => `${e.ecosystem}:${e.advisories}:${e.source}`), ['npm:3:fixtures', 'PyPI:3:fixtures']);
    } finally { db.close(); }
  });
});
