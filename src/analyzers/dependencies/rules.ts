import type { RuleMeta } from '../../findings/rule.js';

const SUPPLY_CHAIN = 'A08:2021-Software and Data Integrity Failures';
const OUTDATED = 'A06:2021-Vulnerable and Outdated Components';

export const knownVulnerability: RuleMeta = {
  id: 'deps/known-vulnerability',
  title: 'Dependency with a known vulnerability',
  analyzer: 'dependencies',
  severity: 'high',
  confidence: 'high',
  cwe: [1395],
  owasp: OUTDATED,
  tags: ['supply-chain', 'ai-common'],
  description: 'An installed package version is affected by a published advisory (OSV, GHSA, CVE). AI assistants often suggest versions from stale training data that have since been found vulnerable. The finding severity comes from the advisory\'s CVSS vector or rating.',
  fix: 'Upgrade to the fixed version named in the finding (`npm install pkg@FIXED`, or raise the pin in requirements/pyproject and re-lock). If no fix exists, replace the package or document why the vulnerable code path is unreachable.',
  examples: { bad: '"dependencies": { "lodash": "4.17.15" }', good: '"dependencies": { "lodash": "4.17.21" }', lang: 'json' },
};

export const maliciousPackage: RuleMeta = {
  id: 'deps/malicious-package',
  title: 'Dependency reported as malicious',
  analyzer: 'dependencies',
  severity: 'critical',
  confidence: 'high',
  cwe: [506],
  owasp: SUPPLY_CHAIN,
  tags: ['supply-chain', 'malware'],
  description: 'The package version is listed in a malicious-package report (OSV `MAL-` entry): it was published to steal credentials, run code at install time or similar. Installing it may already have compromised the machine.',
  fix: 'Remove the package, rotate any credentials present on machines that installed it, and check install logs. Use the legitimate package it imitates, if any.',
  examples: { bad: '"dependencies": { "lodahs": "1.0.0" }', good: '"dependencies": { "lodash": "4.17.21" }', lang: 'json' },
};

export const hallucinatedPackage: RuleMeta = {
  id: 'deps/hallucinated-package',
  title: 'Dependency does not exist in the registry (likely hallucinated)',
  analyzer: 'dependencies',
  severity: 'critical',
  confidence: 'high',
  cwe: [829],
  owasp: SUPPLY_CHAIN,
  tags: ['supply-chain', 'ai-common', 'slopsquatting'],
  description: 'The declared package name is not published in the registry. Language models invent plausible package names, and attackers register those names ("slopsquatting") so that the next install runs their code. Checked for the project\'s own manifests and workspaces only (not bundled or vendored copies of other packages); never for workspace, file, link, git or URL specs, nor for scopes or default registries configured as private in `.npmrc` / `.yarnrc.yml`. Against a configured mirror a missing name is reported at medium severity as "not found in <mirror>".',
  fix: 'Find the real package that provides the functionality (the finding suggests a similar popular name when there is one) and declare that instead. Never publish or install a package just because an assistant named it.',
  examples: { bad: '"dependencies": { "express-jwt-validator-pro": "^1.0.0" }', good: '"dependencies": { "express-jwt": "^8.4.1" }', lang: 'json' },
};

export const typosquat: RuleMeta = {
  id: 'deps/typosquat',
  title: 'Dependency name is a near miss of a popular package',
  analyzer: 'dependencies',
  severity: 'medium',
  confidence: 'medium',
  cwe: [829],
  owasp: SUPPLY_CHAIN,
  tags: ['supply-chain', 'typosquatting'],
  description: 'The name differs from a popular package by a character, a separator, a scope or a common affix. Typosquatted packages imitate popular names to be installed by mistake. Raised to high when the package is also very new or has very few versions. Not reported for a name that is itself established (in the shipped monthly-download table for npm or download-rank table for PyPI, or at least two years old with five releases, or with twenty releases), for `@types/x` against `x`, or between packages of one npm scope (a scope has one owner); naming conventions (`babel-cli` for `@babel/cli`, `_d` / `.js` / `-cli` suffixes) are reported only for a new or barely published package. The message gives the edit distance and the age and downloads (npm) or download rank (PyPI) of both names.',
  fix: 'Check that you meant this package and not the popular one named in the finding; if it was a typo, switch to the popular package.',
  examples: { bad: '"dependencies": { "expresss": "^4.0.0" }', good: '"dependencies": { "express": "^4.21.2" }', lang: 'json' },
};

export const newPackage: RuleMeta = {
  id: 'deps/new-package',
  title: 'Dependency was first published very recently',
  analyzer: 'dependencies',
  severity: 'medium',
  confidence: 'medium',
  cwe: [1357],
  owasp: SUPPLY_CHAIN,
  tags: ['supply-chain', 'slopsquatting'],
  description: 'The package was first published fewer days ago than `dependencies.minPackageAgeDays`. Names registered to catch hallucinated or mistyped installs are, by nature, new.',
  fix: 'Confirm who publishes the package and why it is needed; prefer an established package. If it is legitimate, add it to `dependencies.allow` in `.vouch.yml`.',
};

export const fewVersions: RuleMeta = {
  id: 'deps/few-versions',
  title: 'Dependency has very few published versions',
  analyzer: 'dependencies',
  severity: 'medium',
  confidence: 'low',
  cwe: [1357],
  owasp: SUPPLY_CHAIN,
  tags: ['supply-chain'],
  description: 'The package has fewer published versions than `dependencies.minVersions`: it has little history, few users, and may be a placeholder registered to catch mistaken installs. Reported at low severity for development dependencies (they run on developer and CI machines, not in production).',
  fix: 'Check the package\'s repository, publisher and download counts before depending on it; prefer an established alternative, or allow-list it once reviewed.',
};

export const deniedPackage: RuleMeta = {
  id: 'deps/denied-package',
  title: 'Dependency is on the deny-list',
  analyzer: 'dependencies',
  severity: 'high',
  confidence: 'high',
  cwe: [1357],
  owasp: SUPPLY_CHAIN,
  tags: ['supply-chain', 'policy'],
  description: 'The package matches an entry of `dependencies.deny` in `.vouch.yml`: the organisation has decided it must not be used.',
  fix: 'Remove the dependency and use the approved alternative your team documents.',
};

export const notAllowed: RuleMeta = {
  id: 'deps/not-allowed',
  title: 'Dependency is not on the allow-list',
  analyzer: 'dependencies',
  severity: 'medium',
  confidence: 'high',
  cwe: [1357],
  owasp: SUPPLY_CHAIN,
  tags: ['supply-chain', 'policy'],
  description: '`dependencies.allow` is set in `.vouch.yml`, and this dependency matches none of its entries. New dependencies need review before they are added.',
  fix: 'Get the dependency reviewed and add it to `dependencies.allow`, or use an already-approved package.',
};

export const unusedDependency: RuleMeta = {
  id: 'deps/unused-dependency',
  title: 'Dependency declared but never imported',
  analyzer: 'dependencies',
  severity: 'low',
  confidence: 'medium',
  cwe: [1164],
  tags: ['supply-chain', 'hygiene', 'ai-common'],
  description: 'A runtime dependency is declared in the manifest but no scanned source file imports or requires it, nor does any package script mention it (development dependencies and `bundleDependencies`, shipped for other bundled packages, are not checked). Assistants often add packages they end up not using; each one is attack surface for nothing.',
  fix: 'Remove the dependency (`npm uninstall pkg`). If it is used in a way Vouch cannot see (a plugin loaded by name, a CLI), suppress the finding with a reason.',
};

export const noAdvisoryDb: RuleMeta = {
  id: 'deps/no-advisory-db',
  title: 'Dependencies were not checked for known vulnerabilities',
  analyzer: 'dependencies',
  severity: 'medium',
  confidence: 'high',
  cwe: [1395],
  owasp: OUTDATED,
  tags: ['supply-chain', 'configuration'],
  description: 'The project has dependencies, but no local advisory database was found, so no package was checked against known vulnerabilities. This is reported so that a scan never passes silently without that check.',
  fix: 'Run `vouch db update` (downloads the OSV data for npm and PyPI), or `vouch db import PATH` on machines without internet access. Set `VOUCH_DB` or `dependencies.dbPath` to use a shared file.',
};

export const staleAdvisoryDb: RuleMeta = {
  id: 'deps/stale-advisory-db',
  title: 'Advisory database is out of date',
  analyzer: 'dependencies',
  severity: 'low',
  confidence: 'high',
  cwe: [1395],
  owasp: OUTDATED,
  tags: ['supply-chain', 'configuration'],
  description: 'The local advisory database is older than `dependencies.maxDbAgeDays`; vulnerabilities published since then are not detected.',
  fix: 'Run `vouch db update` (for example in a daily CI job that shares the file).',
};

export const dependencyRules: RuleMeta[] = [
  knownVulnerability, maliciousPackage, hallucinatedPackage, typosquat, newPackage, fewVersions,
  deniedPackage, notAllowed, unusedDependency, noAdvisoryDb, staleAdvisoryDb,
];
