import { readFileSync } from 'node:fs';
import type { Ecosystem } from './model.js';
import { normalizeName } from './model.js';

/**
 * A popular package a dependency's name resembles, and how. `convention` marks resemblances that
 * real packages share by naming convention (a legacy unscoped name of a scoped package, `_d` /
 * `.js` / `-cli` suffixes): they need evidence beyond the name (a new or barely published package).
 */
export interface NearMiss { popular: string; reason: string; distance: number; convention: boolean }

interface PopularFile { names: string[]; generated?: string; sourceDate?: string }

const DATA_FILES: Record<Ecosystem, string> = { npm: 'popular-npm.json', PyPI: 'popular-pypi.json' };

/** Shipped data lives in <package root>/data; this file is at dist/src/analyzers/dependencies/. */
export function loadPopularNames(ecosystem: Ecosystem): { names: string[]; generated?: string } {
  const url = new URL(`../../../../data/${DATA_FILES[ecosystem]}`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as PopularFile;
  return { names: data.names, generated: data.generated };
}

/**
 * A name's own standing: npm's monthly downloads above the table's floor (data/downloads-npm.json),
 * or PyPI's download rank among the most downloaded packages (data/rank-pypi.json). A name in the
 * table is much used; it is not a typosquat of its neighbour.
 */
export interface DownloadTable { metric: 'downloads' | 'rank'; values: Map<string, number>; minDownloads?: number; sourceDate?: string }

const STANDING_FILES: Record<Ecosystem, string> = { npm: 'downloads-npm.json', PyPI: 'rank-pypi.json' };

export function loadDownloadTable(ecosystem: Ecosystem): DownloadTable | undefined {
  const url = new URL(`../../../../data/${STANDING_FILES[ecosystem]}`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as { names: string[]; downloads?: number[]; ranks?: number[]; minDownloads?: number; sourceDate?: string };
  const metric = data.ranks ? 'rank' : 'downloads';
  const column = (data.ranks ?? data.downloads)!;
  const values = new Map<string, number>();
  data.names.forEach((n, i) => values.set(normalizeName(ecosystem, n), column[i]!));
  return { metric, values, minDownloads: data.minDownloads, sourceDate: data.sourceDate };
}

/** How much a name is used, in words: `about 1,200,000 downloads a month`, `ranked 4,210 by downloads on PyPI`. */
export function describeStanding(table: DownloadTable | undefined, ecosystem: Ecosystem, name: string): { value?: number; text: string } {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const value = table?.values.get(normalizeName(ecosystem, name));
  if (!table) return { text: 'downloads unknown' };
  if (table.metric === 'rank') return { value, text: value !== undefined ? `ranked ${fmt(value)} by downloads on ${ecosystem}` : `not among the ${fmt(table.values.size)} most downloaded on ${ecosystem}` };
  return { value, text: value !== undefined ? `about ${fmt(value)} downloads a month` : `fewer than ${fmt(table.minDownloads ?? 0)} downloads a month` };
}

/** Suffixes real tools add to the name they extend: `eslint_d` (daemon), `expect.js`, `babel-cli`. */
const CONVENTION_SUFFIX = /(_d|\.js|-cli)$/;

function scopeOf(name: string): string | undefined {
  return /^(@[^/]+)\//.exec(name)?.[1];
}

/** Lowercase, without separators or scope punctuation: `@Babel/core` → `babelcore`, `python-dateutil` → `pythondateutil`. */
function canonical(name: string): string {
  return name.toLowerCase().replace(/[@/._-]+/g, '');
}

/** Affixes typosquatters add to a real name (`lodash-js`, `node-fetchh`, `python-requests`). */
const AFFIXES = [/^(node|js|py|python)[-_.]?/, /[-_.]?(js|node|py|python|lib|pkg)$/];

/** Visual look-alikes in lowercase names. */
const LOOKALIKES: [RegExp, string][] = [[/rn/g, 'm'], [/vv/g, 'w'], [/0/g, 'o'], [/1/g, 'l'], [/5/g, 's']];

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three reused rows: this runs thousands of times per scan, so it allocates nothing.
  const width = b.length + 1;
  if (rows.length < width * 3) rows = new Int32Array(width * 6);
  let prevPrev = 0, prev = width, cur = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, rows[prevPrev + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prevPrev; prevPrev = prev; prev = cur; cur = t;
  }
  return rows[prev + b.length]!;
}
let rows = new Int32Array(256);

/**
 * Finds popular names that a dependency's name is a near miss of. Popular names themselves are
 * never near misses (`colors` is not a typo of `color`).
 */
export class TyposquatDetector {
  private readonly popular: Set<string>;
  private readonly byCanonical = new Map<string, string>();
  private readonly rank = new Map<string, number>();
  /** Canonical popular names by length: an edit-distance search only looks at lengths within reach. */
  private readonly byLength = new Map<number, [string, string][]>();

  constructor(readonly ecosystem: Ecosystem, names: string[]) {
    this.popular = new Set(names.map((n) => normalizeName(ecosystem, n)));
    names.forEach((n, i) => {
      const c = canonical(n);
      if (!this.byCanonical.has(c)) {
        this.byCanonical.set(c, n);
        const bucket = this.byLength.get(c.length) ?? [];
        bucket.push([c, n]);
        this.byLength.set(c.length, bucket);
      }
      this.rank.set(n, i);
    });
  }

  isPopular(name: string): boolean {
    return this.popular.has(normalizeName(this.ecosystem, name));
  }

  /**
   * npm scopes belong to one owner: a name in the same scope as the popular one was published by
   * that owner (`@types/tap` is not a squat of `@types/tmp`), and `@types/x` holds the types of `x`.
   */
  private related(name: string, popular: string): boolean {
    const scope = scopeOf(name);
    if (this.ecosystem !== 'npm' || !scope) return false;
    if (scope === scopeOf(popular)) return true;
    return scope === '@types' && (name.slice('@types/'.length) === popular || name.slice('@types/'.length) === popular.replace(/^@([^/]+)\//, '$1__'));
  }

  check(name: string): NearMiss | undefined {
    if (this.isPopular(name)) return undefined;
    const found = this.find(name);
    return found && !this.related(name, found.popular) ? found : undefined;
  }

  private find(name: string): NearMiss | undefined {
    const c = canonical(name);
    const same = this.byCanonical.get(c);
    if (same) {
      // `babel-cli` for `@babel/cli`: the unscoped name the scoped package was published under before.
      const legacy = this.ecosystem === 'npm' && !scopeOf(name) && scopeOf(same) !== undefined && name.toLowerCase() === same.slice(1).replace('/', '-');
      if (legacy) return { popular: same, reason: 'the legacy unscoped form of a scoped name', distance: 0, convention: true };
      return { popular: same, reason: name.startsWith('@') || same.startsWith('@') ? 'the same name with a different scope or separators' : 'the same name with different separators or case', distance: 0, convention: false };
    }
    // `@evil/lodash`: a scope put in front of a popular unscoped name.
    const scoped = /^@[^/]+\/(.+)$/.exec(name);
    if (scoped && this.popular.has(scoped[1]!) && (this.rank.get(scoped[1]!) ?? Infinity) < 1000) {
      return { popular: scoped[1]!, reason: 'a popular unscoped name under another scope', distance: 0, convention: false };
    }
    const bare = name.toLowerCase().replace(/^@[^/]+\//, '');
    for (const affix of AFFIXES) {
      const stripped = bare.replace(affix, '');
      if (stripped === bare || stripped.length < 4) continue;
      const hit = this.byCanonical.get(canonical(stripped));
      if (hit) return { popular: hit, reason: 'a popular name with a prefix or suffix added', distance: bare.length - stripped.length, convention: CONVENTION_SUFFIX.test(bare) };
    }
    let look = name.toLowerCase();
    for (const [re, to] of LOOKALIKES) look = look.replace(re, to);
    if (look !== name.toLowerCase()) {
      const hit = this.byCanonical.get(canonical(look));
      if (hit) return { popular: hit, reason: 'a popular name with look-alike characters', distance: 1, convention: false };
    }
    // One edit from a name of 5+ characters, two from a name of 10+; the most popular wins.
    let best: { name: string; rank: number; d: number } | undefined;
    for (let delta = -2; delta <= 2; delta++) {
      const bucket = this.byLength.get(c.length + delta);
      if (!bucket) continue;
      for (const [pc, p] of bucket) {
        if (pc.length < 5 || this.related(name, p)) continue;
        const max = pc.length >= 10 ? 2 : 1;
        if (Math.abs(delta) > max) continue;
        const d = editDistance(c, pc, max);
        if (d === 0 || d > max) continue;
        if (d === 2 && anotherShortWord(name, p)) continue;
        const r = this.rank.get(p) ?? Infinity;
        if (!best || d < best.d || (d === best.d && r < best.rank)) best = { name: p, rank: r, d };
      }
    }
    if (best) {
      const suffix = CONVENTION_SUFFIX.exec(name.toLowerCase());
      // `eslint_d` is `eslint` plus the daemon suffix, not a slip of the finger.
      const convention = !!suffix && canonical(name.slice(0, -suffix[1]!.length)) === canonical(best.name);
      return { popular: best.name, reason: best.d === 1 ? 'one character away from a popular name' : 'two characters away from a popular name', distance: best.d, convention };
    }
    return undefined;
  }
}

/**
 * `wast-loader` and `sass-loader`: the same words but one, and that one is short and changed in two
 * places — a different word under a shared naming convention (`<format>-loader`, `<x>-plugin`), not
 * a slip of the finger. Typosquats change a long word slightly or change the separators.
 */
function anotherShortWord(name: string, popular: string): boolean {
  const words = (n: string) => n.toLowerCase().replace(/^@[^/]+\//, '').split(/[-_.]/);
  const a = words(name);
  const b = words(popular);
  if (a.length < 2 || a.length !== b.length) return false;
  const differing = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
  return differing.length === 1 && Math.max(a[differing[0]!]!.length, b[differing[0]!]!.length) <= 5;
}

const detectors = new Map<Ecosystem, TyposquatDetector>();

/** One detector per ecosystem per process, built from the shipped popular-name list on first use. */
export function popularDetector(ecosystem: Ecosystem): TyposquatDetector {
  let d = detectors.get(ecosystem);
  if (!d) { d = new TyposquatDetector(ecosystem, loadPopularNames(ecosystem).names); detectors.set(ecosystem, d); }
  return d;
}
