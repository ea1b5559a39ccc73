// Scoring for the second development corpus (bench/corpus-apps): realistic multi-file apps and
// library packages whose flaws are labelled by weakness (CWE), not by rule id.
//
// A label is a comment on the line directly above the flawed line, in the file's own comment
// syntax: `// vuln: CWE-89`, `<%# vuln: CWE-79 %>`, `//- vuln: CWE-79`, `<!-- vuln: CWE-79 -->`,
// `{{!-- vuln: CWE-79 --}}`, `{# vuln: CWE-79 #}`, `# vuln: CWE-79`, `{/* vuln: CWE-79 */}`.
// `safe:` labels mark some safe twins for readability; every unlabelled line is a negative.
//
// A code finding matches a label when it is in the same file, the labelled line lies within
// [startLine, endLine], and the finding's rule CWEs intersect the label's CWEs (after expanding
// both through CWE_EQUIVALENCES). This module is pure: bench/quality.mjs runs the scan.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Every CWE a label may name, with the weakness class it is reported under. A label's class is
 * the class of its first CWE. Keep in sync with the table in bench/corpus-apps/README.md (a test
 * checks both list the same ids).
 */
export const CWE_CLASSES = new Map([
  [89, 'sql-injection'],
  [943, 'nosql-injection'],
  [78, 'command-injection'],
  [77, 'command-injection'],
  [88, 'command-injection'],
  [94, 'code-injection'],
  [95, 'code-injection'],
  [1336, 'template-injection'],
  [22, 'path-traversal'],
  [23, 'path-traversal'],
  [36, 'path-traversal'],
  [79, 'xss'],
  [80, 'xss'],
  [601, 'open-redirect'],
  [918, 'ssrf'],
  [1321, 'prototype-pollution'],
  [1333, 'redos'],
  [400, 'redos'],
  [611, 'xxe'],
  [776, 'xxe'],
  [502, 'unsafe-deserialization'],
  [347, 'jwt-not-verified'],
  [345, 'jwt-not-verified'],
  [613, 'jwt-expiration-ignored'],
  [916, 'weak-password-hash'],
  [328, 'weak-password-hash'],
  [759, 'weak-password-hash'],
  [327, 'weak-crypto'],
  [329, 'static-iv'],
  [338, 'insecure-randomness'],
  [330, 'insecure-randomness'],
  [798, 'hardcoded-secret'],
  [259, 'hardcoded-secret'],
  [321, 'hardcoded-secret'],
  [614, 'cookie-without-secure'],
  [1004, 'cookie-without-httponly'],
  [352, 'csrf'],
  [693, 'missing-security-headers'],
  [200, 'information-exposure'],
  [209, 'error-details-exposure'],
  [548, 'directory-listing'],
  [552, 'sensitive-file-exposure'],
  [942, 'permissive-cors'],
  [295, 'tls-verification-disabled'],
  [117, 'log-injection'],
  [532, 'sensitive-data-in-logs'],
  [307, 'missing-rate-limit'],
]);

/**
 * Closely related CWEs that count as the same weakness when matching a finding to a label. Only
 * these groups are equivalent; everything else must match exactly.
 */
export const CWE_EQUIVALENCES = [
  [94, 95], // code injection / eval injection (95 is a child of 94)
  [1333, 400], // inefficient regex complexity is uncontrolled resource consumption
  [916, 328, 327, 759], // password hash with too little effort / weak hash / broken algorithm / no salt
  [22, 23, 36], // path traversal / relative / absolute path traversal
  [78, 77, 88], // OS command / command / argument injection
  [79, 80], // cross-site scripting / basic XSS
  [347, 345], // signature not verified / insufficient verification of authenticity
  [611, 776], // external entities / recursive entity expansion
  [798, 259, 321], // hard-coded credentials / password / cryptographic key
];

const EQUIVALENT = new Map();
for (const group of CWE_EQUIVALENCES) for (const cwe of group) EQUIVALENT.set(cwe, group);

/** The CWE ids equivalent to `cwe` (itself included). */
export function equivalentCwes(cwe) {
  return EQUIVALENT.get(cwe) ?? [cwe];
}

/** True when a rule's CWEs and a label's CWEs name the same weakness (through the equivalence table). */
export function cwesMatch(ruleCwes, labelCwes) {
  const wanted = new Set(labelCwes.flatMap(equivalentCwes));
  return ruleCwes.some((cwe) => wanted.has(cwe));
}

/** Weakness class of a list of CWEs: the class of the first CWE that has one. */
export function classOf(cwes) {
  for (const cwe of cwes) {
    const name = CWE_CLASSES.get(cwe);
    if (name) return name;
  }
  return 'unclassified';
}

// Files that may hold labels, grouped by what Vouch has to do to read them.
const FILE_KINDS = new Map([
  ...['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts'].map((e) => [e, 'js-ts']),
  ...['.ejs', '.pug', '.hbs', '.handlebars', '.njk', '.mustache', '.html', '.htm'].map((e) => [e, 'templates-html']),
  ...['.vue', '.svelte'].map((e) => [e, 'vue-svelte']),
  ...['.yml', '.yaml'].map((e) => [e, 'yaml']),
]);

/**
 * The group a file's labels are reported under: js-ts, templates-html, vue-svelte or yaml. An
 * extension-less file is listed only when it is a node script (shebang), so it is js-ts.
 */
export function fileKind(file) {
  const ext = path.extname(file).toLowerCase();
  if (ext === '') return 'js-ts';
  return FILE_KINDS.get(ext) ?? 'other';
}

const NODE_SHEBANG = /^#!.*\bnode\b/;

function isNodeScript(abs) {
  return NODE_SHEBANG.test(readFileSync(abs, 'utf8').slice(0, 200));
}

// One label comment on its own line, in any of the supported comment syntaxes.
const LABEL_RE =
  /^\s*(?:\{\s*)?(?:\/\/-?|\/\*|<%#|<!--|\{\{!(?:--)?|\{#|#)\s*(vuln|safe)\s*:\s*(.*?)\s*(?:\*\/\s*\}?|%>|-->|--\}\}|\}\}|#\})?\s*$/;
/** The well-formed payload of a label: `CWE-<n>` ids, comma-separated. */
export const LABEL_PAYLOAD_RE = /^CWE-\d+(?:\s*,\s*CWE-\d+)*$/;

/** True when the line is a `vuln:`/`safe:` label comment. */
export function isLabelLine(text) {
  return LABEL_RE.test(text);
}

/**
 * Attaches label comments to the line they label: the next line that is not itself a label
 * comment (labels may be stacked). `readLabel(line, index)` returns undefined for a line that is
 * not a label comment, null for a label comment that carries no label, else the label's fields.
 * Returns [{ ...fields, labelLine, line }] (1-based; line is null for a label at the end of the file).
 */
export function attachLabels(text, readLabel) {
  const lines = text.split(/\r?\n/);
  const labels = [];
  let pending = [];
  for (let i = 0; i < lines.length; i++) {
    const label = readLabel(lines[i], i);
    if (label !== undefined) {
      if (label !== null) pending.push({ ...label, labelLine: i + 1 });
      continue;
    }
    for (const p of pending) labels.push({ ...p, line: i + 1 });
    pending = [];
  }
  for (const p of pending) labels.push({ ...p, line: null });
  return labels;
}

/**
 * Labels of one file (two stacked `vuln:` labels are two positives on one line).
 * Returns [{ kind: 'vuln'|'safe', cwes: number[], raw, labelLine, line }].
 */
export function parseAppLabels(text) {
  return attachLabels(text, (line) => {
    const m = LABEL_RE.exec(line);
    if (!m) return undefined;
    return { kind: m[1], cwes: [...m[2].matchAll(/CWE-(\d+)/g)].map((x) => Number(x[1])), raw: m[2] };
  });
}

/** Every file under dir that may hold labels (incl. extension-less node scripts), as sorted forward-slash paths relative to dir. */
export function listAppFiles(dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(childRel);
      } else if (FILE_KINDS.has(path.extname(entry.name).toLowerCase())) {
        out.push(childRel);
      } else if (path.extname(entry.name) === '' && isNodeScript(path.join(dir, childRel))) {
        out.push(childRel);
      }
    }
  };
  walk('');
  return out.sort();
}

/** Labels of every labellable file: Map<relPath, label[]> (both kinds). */
export function loadAppLabels(dir) {
  const labels = new Map();
  for (const rel of listAppFiles(dir)) labels.set(rel, parseAppLabels(readFileSync(path.join(dir, rel), 'utf8')));
  return labels;
}

/**
 * Library twins: a top-level folder `X-fixed` beside a folder `X`, both holding a package.json.
 * Returns [{ name, before, after }] (folder names), sorted.
 */
export function findTwinPairs(dir) {
  const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const set = new Set(folders);
  return folders
    .filter((f) => f.endsWith('-fixed') && set.has(f.slice(0, -'-fixed'.length)))
    .map((after) => ({ name: after.slice(0, -'-fixed'.length), before: after.slice(0, -'-fixed'.length), after }))
    .filter((p) => existsSync(path.join(dir, p.before, 'package.json')) && existsSync(path.join(dir, p.after, 'package.json')))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const emptyCounts = () => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a, b) => (b === 0 ? null : a / b);
const withRates = (c) => ({ ...c, recall: ratio(c.tp, c.tp + c.fn), precision: ratio(c.tp, c.tp + c.fp) });
const topFolder = (file) => file.split('/')[0];

/**
 * Scores code findings ({ ruleId, path (corpus-relative), startLine, endLine }) against the
 * labels. `ruleCwes` maps a rule id to its CWE ids. Every finding passed in is a code finding:
 * one that matches no `vuln:` label is a false positive (counted under the class of its rule's
 * CWEs). A second finding on an already matched label is a duplicate (neither TP nor FP).
 * `twins` ([{ name, before, after }]) adds the library figure: a pair counts when some finding
 * matched a label in `before` and no finding in `after` names a CWE of `before`'s labels.
 */
export function scoreApps(labelsByFile, findings, ruleCwes, twins = []) {
  const perClass = new Map();
  const perKind = new Map();
  const perFolder = new Map();
  const bump = (map, key) => {
    if (!map.has(key)) map.set(key, emptyCounts());
    return map.get(key);
  };
  const positivesByFile = new Map();
  let safeLabels = 0;
  for (const [file, labels] of labelsByFile) {
    const vuln = labels.filter((l) => l.kind === 'vuln' && l.line !== null);
    safeLabels += labels.filter((l) => l.kind === 'safe').length;
    positivesByFile.set(file, vuln);
    for (const l of vuln) bump(perClass, classOf(l.cwes));
  }

  const matched = new Set();
  const falsePositives = [];
  let duplicates = 0;
  for (const f of findings) {
    const cwes = ruleCwes.get(f.ruleId) ?? [];
    const hits = (positivesByFile.get(f.path) ?? []).filter(
      (l) => l.line >= f.startLine && l.line <= f.endLine && cwesMatch(cwes, l.cwes),
    );
    const fresh = hits.find((l) => !matched.has(l));
    if (fresh) {
      matched.add(fresh);
    } else if (hits.length > 0) {
      duplicates++;
    } else {
      const cls = classOf(cwes);
      bump(perClass, cls).fp++;
      bump(perKind, fileKind(f.path)).fp++;
      bump(perFolder, topFolder(f.path)).fp++;
      falsePositives.push({ ...f, cwes, class: cls });
    }
  }

  const falseNegatives = [];
  let positives = 0;
  for (const [file, labels] of positivesByFile) {
    for (const l of labels) {
      positives++;
      const key = matched.has(l) ? 'tp' : 'fn';
      bump(perClass, classOf(l.cwes))[key]++;
      bump(perKind, fileKind(file))[key]++;
      bump(perFolder, topFolder(file))[key]++;
      if (key === 'fn') falseNegatives.push({ path: file, line: l.line, cwes: l.cwes, class: classOf(l.cwes) });
    }
  }

  const tp = matched.size;
  const fp = falsePositives.length;
  const fn = falseNegatives.length;
  const table = (map) => Object.fromEntries([...map.keys()].sort().map((k) => [k, withRates(map.get(k))]));
  return {
    overall: { positives, safeLabels, tp, fp, fn, duplicates, recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) },
    classes: table(perClass),
    fileKinds: table(perKind),
    folders: table(perFolder),
    twins: scoreTwins(twins, positivesByFile, matched, findings, ruleCwes),
    falsePositives,
    falseNegatives,
  };
}

function scoreTwins(twins, positivesByFile, matched, findings, ruleCwes) {
  const inFolder = (file, folder) => file.startsWith(`${folder}/`);
  const pairs = twins.map(({ name, before, after }) => {
    const labels = [...positivesByFile].filter(([file]) => inFolder(file, before)).flatMap(([, ls]) => ls);
    const cwes = [...new Set(labels.flatMap((l) => l.cwes))].sort((a, b) => a - b);
    const flaggedBefore = labels.some((l) => matched.has(l));
    const afterFindings = findings
      .filter((f) => inFolder(f.path, after) && cwesMatch(ruleCwes.get(f.ruleId) ?? [], cwes))
      .map((f) => ({ ruleId: f.ruleId, path: f.path, startLine: f.startLine }));
    return {
      name,
      cwes,
      labels: labels.length,
      labelsFlagged: labels.filter((l) => matched.has(l)).length,
      flaggedBefore,
      silentAfter: afterFindings.length === 0,
      afterFindings,
    };
  });
  const good = pairs.filter((p) => p.flaggedBefore && p.silentAfter).length;
  return {
    pairs,
    total: pairs.length,
    flaggedBefore: pairs.filter((p) => p.flaggedBefore).length,
    flaggedBeforeAndSilentAfter: good,
    rate: ratio(good, pairs.length),
  };
}

const pct = (x) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function rows(title, table, width) {
  const lines = [`${title.padEnd(width)}   TP   FP   FN   recall  precision`, '-'.repeat(width + 36)];
  for (const [id, c] of Object.entries(table)) {
    lines.push(`${id.padEnd(width)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${pct(c.recall)}   ${pct(c.precision)}`);
  }
  return lines;
}

/** Human-readable report of a scoreApps() result. */
export function formatAppsReport(result) {
  const width = Math.max(28, ...Object.keys(result.classes).map((k) => k.length), ...Object.keys(result.folders).map((k) => k.length));
  const o = result.overall;
  const lines = rows('weakness class', result.classes, width);
  lines.push('-'.repeat(width + 36));
  lines.push(`${'overall'.padEnd(width)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}   ${pct(o.recall)}   ${pct(o.precision)}`);
  lines.push(`positives (vuln labels): ${o.positives}   safe labels: ${o.safeLabels}   duplicate findings on matched labels: ${o.duplicates}`);
  lines.push('', ...rows('file kind', result.fileKinds, width));
  lines.push('', ...rows('app / package', result.folders, width));
  const t = result.twins;
  if (t.total > 0) {
    lines.push('', `library twins: ${t.flaggedBeforeAndSilentAfter} of ${t.total} flagged before the fix and silent after (${pct(t.rate).trim()}); ${t.flaggedBefore} flagged before`);
    for (const p of t.pairs) {
      const state = `${p.flaggedBefore ? 'flagged' : 'missed '} before (${p.labelsFlagged}/${p.labels}), ${p.silentAfter ? 'silent after' : `${p.afterFindings.length} finding(s) after`}`;
      lines.push(`  ${p.name.padEnd(width - 2)} CWE-${p.cwes.join(',')}  ${state}`);
    }
  }
  return lines.join('\n');
}
