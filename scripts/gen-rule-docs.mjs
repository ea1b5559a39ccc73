#!/usr/bin/env node
// Writes the README rule table (between <!-- rules:start --> and <!-- rules:end -->) and
// docs/rules.md from every rule's own metadata, as registered in the built registry.
// Run after `npm run build`. `--check` changes nothing and exits 1 when either file is stale.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const registryPath = join(root, 'dist/src/analyzers/registry.js');
if (!existsSync(registryPath)) {
  process.stderr.write('gen-rule-docs: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const { allRules } = await import(new URL(`file://${registryPath}`).href);
const { readmeRuleTable, rulesDocument, replaceBetweenMarkers } = await import(
  new URL(`file://${join(root, 'dist/src/reports/rule-docs.js')}`).href
);

const rules = allRules();
const targets = [];

const docsFile = join(root, 'docs/rules.md');
targets.push({ file: docsFile, next: rulesDocument(rules) });

const readmeFile = join(root, 'README.md');
let problem = '';
if (!existsSync(readmeFile)) {
  problem = 'README.md not found';
} else {
  try {
    targets.push({ file: readmeFile, next: replaceBetweenMarkers(readFileSync(readmeFile, 'utf8'), readmeRuleTable(rules)) });
  } catch (err) {
    problem = `README.md: ${err.message}`;
  }
}

let stale = 0;
for (const { file, next } of targets) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === next) continue;
  stale += 1;
  const name = file.slice(root.length + 1);
  if (check) {
    process.stderr.write(`gen-rule-docs: ${name} is out of date; run \`node scripts/gen-rule-docs.mjs\`\n`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, next);
    process.stdout.write(`gen-rule-docs: wrote ${name} (${rules.length} rules)\n`);
  }
}
if (problem) {
  process.stderr.write(`gen-rule-docs: ${problem}; add a line with <!-- rules:start --> and one with <!-- rules:end --> where the table belongs\n`);
  process.exit(1);
}
if (check && stale > 0) process.exit(1);
if (stale === 0) process.stdout.write(`gen-rule-docs: up to date (${rules.length} rules)\n`);
