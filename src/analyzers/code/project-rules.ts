/**
 * Code rules that need the whole project: facts published per file by the code analyzer are joined
 * here on the main thread: js/missing-rate-limit (limiter in server.js, routes in routes/*.js) and
 * js/view-xss (render calls in routes, unescaped output in view files).
 */
import type { FileResult, ProjectAnalyzer, ProjectContext } from '../analyzer.js';
import type { Location, RawFinding } from '../../findings/finding.js';
import { CODE_ANALYZER_ID } from './index.js';
import { resolveSpecifier } from './link.js';
import { NUXT_API_SPEC } from './models/sources.js';
import { type RateLimitFacts, isAuthPath, joinRoute, missingRateLimitMeta, prefixCovers } from './rules/missing-rate-limit.js';
import { type CsrfFacts, csrfMeta } from './rules/csrf.js';
import { type HttpServerFacts, plainHttpServerMeta } from './rules/plain-http-server.js';
import type { WeakHashFacts } from './rules/weak-password-hash.js';
import type { RandomHelperFacts } from './rules/insecure-randomness.js';
import type { HelperCall, HelperFact } from './rules/_helper-facts.js';
import type { YamlLoadFact } from './rules/unsafe-deserialization.js';
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { findViewXss, viewXssMeta } from './rules/view-xss.js';

/** How deep router mounts are followed (app → api router → auth router → …). */
const MAX_MOUNT_DEPTH = 6;

interface MountContext { prefix: string; limited: boolean }

/** Where each file's routes end up: the prefixes its routers are mounted at, through other files. */
function routeMounts(facts: Map<string, RateLimitFacts>) {
  const known = new Set(facts.keys());
  const limitedPrefixes = [...facts.values()].flatMap((f) => f.rateLimitedPrefixes ?? []);
  // Who mounts whom: target file → [(mounting file, prefix, limiter in the same use() call)].
  const mountedBy = new Map<string, { from: string; prefix: string; limited: boolean; beforeGlobalLimiter: boolean }[]>();
  for (const [path, f] of facts) {
    for (const m of f.routerMounts ?? []) {
      const target = resolveSpecifier(path, m.spec, known);
      if (!target || target === path) continue;
      if (!mountedBy.has(target)) mountedBy.set(target, []);
      mountedBy.get(target)!.push({ from: path, prefix: m.prefix, limited: m.limited, beforeGlobalLimiter: m.beforeGlobalLimiter ?? false });
    }
  }
  const contexts = (path: string, depth: number): MountContext[] => {
    const parents = mountedBy.get(path);
    if (!parents || depth >= MAX_MOUNT_DEPTH) return [{ prefix: '', limited: false }];
    return parents.flatMap((p) => contexts(p.from, depth + 1).map((c) => {
      const prefix = joinRoute(c.prefix, p.prefix);
      return { prefix, limited: c.limited || p.limited || limitedPrefixes.some((lp) => prefixCovers(lp, prefix)) };
    }));
  };
  return { known, limitedPrefixes, mountedBy, contexts };
}

/** Files that declare a login-type route once their routers' mount prefixes are applied. */
function loginRouteFiles(facts: Map<string, RateLimitFacts>): Set<string> {
  const { contexts } = routeMounts(facts);
  const out = new Set<string>();
  for (const [path, f] of facts) {
    if (!f.authRoutes?.length) continue;
    const ctxs = contexts(path, 0);
    if (f.authRoutes.some((r) => r.credential || ctxs.some((c) => isAuthPath(joinRoute(c.prefix, r.path))))) out.add(path);
  }
  return out;
}

export function findUnlimitedAuthRoutes(facts: Map<string, RateLimitFacts>): RawFinding[] {
  const all = [...facts.values()];
  // With an app-wide limiter somewhere, only what is registered on the app before it stays open.
  const globalLimiter = all.some((f) => f.usesRateLimit);
  const ddpLoginLimited = all.some((f) => f.ddpLoginLimited);
  const { known, limitedPrefixes, mountedBy, contexts } = routeMounts(facts);
  // A file other files import is a module, not an endpoint of its own (handlers kept under api/).
  const imported = new Set<string>();
  for (const [path, f] of facts) {
    for (const spec of (f as { moduleRequests?: string[] }).moduleRequests ?? []) {
      // (A page's fetch of its own API route is a request to the endpoint, not an import.)
      if (spec.startsWith(NUXT_API_SPEC)) continue;
      const target = resolveSpecifier(path, spec, known);
      if (target && target !== path) imported.add(target);
    }
  }

  const findings: RawFinding[] = [];
  for (const [path, f] of facts) {
    if (!f.authRoutes?.length) continue;
    const ctxs = contexts(path, 0);
    const mounts = mountedBy.get(path) ?? [];
    const mountedBeforeLimiter = mounts.length > 0 && mounts.every((m) => m.beforeGlobalLimiter);
    for (const route of f.authRoutes) {
      if (route.limited) continue;
      if (route.fileRoute && imported.has(path)) continue;
      // Meteor's DDP login: no Express limiter is in front of it, only a DDPRateLimiter rule.
      if (route.ddpLogin) {
        if (ddpLoginLimited) continue;
        findings.push({
          ruleId: missingRateLimitMeta.id,
          message: 'Accounts.removeDefaultRateLimit() removes the built-in limit on the DDP login method and no DDPRateLimiter rule covers it again: passwords can be guessed without limit',
          fingerprintHint: 'DDP login',
          ...placeOf(route),
        });
        continue;
      }
      // (A Cloud Function is deployed on its own: an Express app's `app.use(limiter)` is not in front of it.)
      if (globalLimiter && !route.cloudFunction && !route.beforeGlobalLimiter && !mountedBeforeLimiter) continue;
      const open = ctxs.find((c) => {
        const full = joinRoute(c.prefix, route.path);
        return (route.credential || isAuthPath(full)) && !c.limited && !limitedPrefixes.some((lp) => prefixCovers(lp, full));
      });
      if (!open) continue;
      if (route.serverFunction) {
        findings.push({
          ruleId: missingRateLimitMeta.id,
          message: `No rate limiting on the server function ${route.serverFunction}(): the client calls it directly and it checks a password, so passwords can be guessed without limit`,
          fingerprintHint: `server function ${route.serverFunction}`,
          ...placeOf(route),
        });
        continue;
      }
      const full = joinRoute(open.prefix, route.path);
      const method = route.method && route.method !== 'any' ? route.method.toUpperCase() + ' ' : '';
      findings.push({
        ruleId: missingRateLimitMeta.id,
        message: `No rate limiting on ${method}${full}: no limiter on the route, its router or the app, so passwords and codes can be guessed without limit`,
        fingerprintHint: `${method}${full}`,
        ...placeOf(route),
      });
    }
  }
  return findings;
}

/** The folder of the nearest package.json above a file ('' for the scan root): one app or package. */
function packageRootOf(path: string, roots: string[]): string {
  let best = '';
  for (const r of roots) if ((r === '' || path.startsWith(r + '/')) && r.length > best.length) best = r;
  return best;
}

/**
 * js/csrf: per package, cookie sessions plus form posts to state-changing routes, and no CSRF
 * defence (or SameSite=Lax/Strict session cookie) in any of its files.
 */
export function findUnprotectedSessions(facts: Map<string, CsrfFacts>, packageJsons: string[]): RawFinding[] {
  const roots = packageJsons.map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : ''));
  const byRoot = new Map<string, NonNullable<CsrfFacts['csrf']>[]>();
  const filesOf = new Map<string, string[]>();
  for (const [path, f] of facts) {
    if (!f.csrf) continue;
    const root = packageRootOf(path, roots);
    if (!byRoot.has(root)) byRoot.set(root, []);
    byRoot.get(root)!.push(f.csrf);
    if (!filesOf.has(root)) filesOf.set(root, []);
    filesOf.get(root)!.push(path);
  }
  const findings: RawFinding[] = [];
  for (const group of byRoot.values()) {
    // Routes left out of a router's per-route CSRF middleware (unless some file mounts it for all).
    if (!group.some((f) => f.protectsAll)) {
      for (const r of group.flatMap((f) => f.unguardedRoutes ?? [])) {
        findings.push({
          ruleId: csrfMeta.id,
          message: `State-changing route registered by ${r.what}() without the CSRF middleware the router's other state-changing routes carry: any site can submit it in the signed-in user's name`,
          fingerprintHint: `route ${r.what}`,
          ...placeOf(r),
        });
      }
    }
    // The framework's CSRF protection switched off in an app that keeps its login in a cookie session.
    if (group.some((f) => f.cookieSessions)) {
      for (const d of group.flatMap((f) => f.disabled ?? [])) {
        findings.push({
          ruleId: csrfMeta.id,
          message: `CSRF protection of ${d.what} is disabled in an app with cookie sessions: any site can submit forms in the signed-in user's name`,
          fingerprintHint: `disabled ${d.what}`,
          ...placeOf(d),
        });
      }
    }
    if (group.some((f) => f.protects)) continue;
    if (!group.some((f) => f.parsesForms) || !group.some((f) => f.stateChangingRoutes)) continue;
    for (const s of group.flatMap((f) => f.sessions ?? [])) {
      findings.push({
        ruleId: csrfMeta.id,
        message: `Cookie session (${s.what}) with form posts to state-changing routes and no CSRF protection: any site can submit forms in the signed-in user's name (add a CSRF token check or a sameSite: 'lax' session cookie)`,
        fingerprintHint: s.what,
        ...placeOf(s),
      });
    }
  }
  return findings;
}

/**
 * Joins each file's calls into other files with the helpers those files declare, once per helper:
 * `finding` says what the pair is (or nothing, when this call does not make that helper a flaw).
 */
function helpersCalledAcrossFiles<F, C extends HelperCall, H extends HelperFact>(
  facts: Map<string, F>,
  callsOf: (f: F) => C[] | undefined,
  helpersOf: (f: F) => H[] | undefined,
  matches: (helper: H, call: C) => boolean,
  finding: (helper: H, call: C, path: string) => Omit<RawFinding, 'location' | 'fingerprintHint' | 'snippet' | 'externalSuppression'>,
): RawFinding[] {
  const known = new Set(facts.keys());
  const findings: RawFinding[] = [];
  const reported = new Set<string>();
  for (const [path, f] of facts) {
    for (const call of callsOf(f) ?? []) {
      const target = resolveSpecifier(path, call.spec, known);
      if (!target || target === path) continue;
      const targetFacts = facts.get(target);
      const helper = targetFacts && helpersOf(targetFacts)?.find((h) => matches(h, call));
      if (!helper) continue;
      const key = `${target}:${helper.location.startLine}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push({
        ...finding(helper, call, path),
        fingerprintHint: helper.names[0],
        ...placeOf(helper),
      });
    }
  }
  return findings;
}

const helperName = (call: HelperCall) => (call.name === 'default' ? 'this helper' : `${call.name}()`);

/** js/weak-password-hash across files: a fast-hash helper in one file called with a password in another. */
export function findPasswordsThroughHashHelpers(facts: Map<string, WeakHashFacts>): RawFinding[] {
  return helpersCalledAcrossFiles(facts, (f) => f.passwordCalls, (f) => f.hashHelpers, (h, call) => h.names.includes(call.name) && h.param === call.arg, (helper, call, path) => ({
    ruleId: 'js/weak-password-hash',
    message: `Password hashed with ${helper.alg}, a fast hash: ${helperName(call)} is called with a password from ${path}:${call.line}; use argon2, bcrypt or scrypt`,
  }));
}

/** js/insecure-randomness across files: a Math.random() helper in one file whose answer another file makes a secret. */
export function findSecretsThroughRandomHelpers(facts: Map<string, RandomHelperFacts>): RawFinding[] {
  return helpersCalledAcrossFiles(facts, (f) => f.secretCalls, (f) => f.randomHelpers, (h, call) => h.names.includes(call.name), (_helper, call, path) => ({
    ruleId: 'js/insecure-randomness',
    message: `Math.random() is not cryptographically secure but generates ${/^[aeiou]/.test(call.kind) ? 'an' : 'a'} ${call.kind}: ${helperName(call)} makes one at ${path}:${call.line}, and its values can be predicted (use crypto.randomBytes/randomInt/randomUUID)`,
    ...(/token|secret|session|sid|password|passwd|pwd|passphrase|key|csrf|xsrf|salt|nonce|credential/.test(call.kind) ? { severity: 'high' as const } : {}),
  }));
}

/** The js-yaml version range a package.json declares (read as data), if any. */
function declaredJsYaml(absPath: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(absPath, 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const k of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      const v = pkg[k]?.['js-yaml'];
      if (typeof v === 'string') return v;
    }
  } catch {
    // An unreadable or broken package.json says nothing about versions (the dependency analyzer reports it).
  }
  return undefined;
}

/** js/unsafe-deserialization: js-yaml `load()` in a package that depends on js-yaml 3, whose default schema builds functions. */
export function findUnsafeYamlLoads(facts: Map<string, { yamlLoads?: YamlLoadFact[] }>, packageJsons: { path: string; absPath: string }[]): RawFinding[] {
  const loads = [...facts].filter(([, f]) => f.yamlLoads?.length);
  if (loads.length === 0) return [];
  const roots = packageJsons.map((p) => ({ root: p.path.includes('/') ? p.path.slice(0, p.path.lastIndexOf('/')) : '', absPath: p.absPath }));
  const findings: RawFinding[] = [];
  const versionOf = new Map<string, string | undefined>();
  for (const [path, f] of loads) {
    const root = packageRootOf(path, roots.map((r) => r.root));
    if (!versionOf.has(root)) versionOf.set(root, declaredJsYaml(roots.find((r) => r.root === root)?.absPath ?? ''));
    const range = versionOf.get(root);
    const min = range ? semver.minVersion(range, { loose: true }) ?? undefined : undefined;
    if (!min || min.major >= 4) continue;
    for (const l of f.yamlLoads!) {
      findings.push({
        ruleId: 'js/unsafe-deserialization',
        message: `Unsafe deserialization: js-yaml ${range} load() uses the full schema, so \`!!js/function\` tags in the YAML${l.tainted ? ' (request data reaches it)' : ''} build functions that run on the server; use safeLoad() or js-yaml 4`,
        fingerprintHint: 'js-yaml.load',
        ...(l.tainted ? {} : { severity: 'high' as const }),
        ...placeOf(l),
      });
    }
  }
  return findings;
}

/**
 * js/plain-http-server: an `http.createServer` whose app (the files it imports, transitively) has
 * login routes, in a package with no HTTPS server and no trusted TLS proxy declared.
 */
export function findPlainHttpLogins(facts: Map<string, HttpServerFacts & RateLimitFacts & { moduleRequests?: string[] }>, packageJsons: string[]): RawFinding[] {
  const roots = packageJsons.map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : ''));
  const known = new Set(facts.keys());
  const tlsRoots = new Set<string>();
  for (const [path, f] of facts) if (f.plainHttp?.tls) tlsRoots.add(packageRootOf(path, roots));
  // A route kept only as a candidate (`/validate`, which is a login step under `/otp`) counts once mounted.
  const logins = loginRouteFiles(facts);
  /** Does this file, or a file it imports (up to 5 hops), declare a login route? */
  const reachesLogin = (start: string): boolean => {
    const seen = new Set([start]);
    let frontier = [start];
    for (let depth = 0; depth <= 5 && frontier.length; depth++) {
      const next: string[] = [];
      for (const p of frontier) {
        const f = facts.get(p);
        if (logins.has(p)) return true;
        for (const spec of f?.moduleRequests ?? []) {
          if (spec.startsWith(NUXT_API_SPEC)) continue;
          const t = resolveSpecifier(p, spec, known);
          if (t && !seen.has(t)) { seen.add(t); next.push(t); }
        }
      }
      frontier = next;
    }
    return false;
  };
  const findings: RawFinding[] = [];
  for (const [path, f] of facts) {
    const servers = f.plainHttp?.servers;
    if (!servers?.length || tlsRoots.has(packageRootOf(path, roots)) || !reachesLogin(path)) continue;
    for (const s of servers) {
      findings.push({
        ruleId: plainHttpServerMeta.id,
        message: 'The app has login routes and is served with http.createServer, with no HTTPS server or trusted TLS proxy declared in the package: if reached directly, passwords and session cookies travel in clear text',
        fingerprintHint: 'http.createServer',
        ...placeOf(s),
      });
    }
  }
  return findings;
}

export const codeProjectAnalyzer: ProjectAnalyzer = {
  id: 'code-project',
  rules: [missingRateLimitMeta, csrfMeta, plainHttpServerMeta, viewXssMeta],
  // (The files' facts and the manifests among them: nothing outside the tree.)
  treeOnly: true,
  async analyzeProject(ctx: ProjectContext): Promise<FileResult> {
    const facts = (ctx.facts.get(CODE_ANALYZER_ID) ?? new Map()) as Map<string, RateLimitFacts & CsrfFacts & WeakHashFacts & RandomHelperFacts & HttpServerFacts & { yamlLoads?: YamlLoadFact[] }>;
    const manifests = ctx.files.filter((f) => /(^|\/)package\.json$/.test(f.path) && !/(^|\/)node_modules\//.test(f.path));
    const packageJsons = manifests.map((f) => f.path);
    return {
      findings: [...findUnlimitedAuthRoutes(facts), ...findViewXss(facts as Parameters<typeof findViewXss>[0], ctx.files.map((f) => f.path)), ...findUnprotectedSessions(facts, packageJsons), ...findPasswordsThroughHashHelpers(facts), ...findSecretsThroughRandomHelpers(facts), ...findUnsafeYamlLoads(facts, manifests), ...findPlainHttpLogins(facts, packageJsons)],
      notices: [],
    };
  },
};

/** Where a finding made from a fact points: its location, the line's snippet and the suppression read in the fact's own file. */
function placeOf(fact: { location: Location; snippet?: string; suppression?: { reason: string; line: number } }): Pick<RawFinding, 'location' | 'snippet' | 'externalSuppression'> {
  return { location: fact.location, ...(fact.snippet !== undefined ? { snippet: fact.snippet } : {}), ...(fact.suppression ? { externalSuppression: fact.suppression } : {}) };
}
