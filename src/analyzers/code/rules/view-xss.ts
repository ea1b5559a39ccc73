/**
 * js/view-xss: request data that a render call passes to a server-side view, written there by an
 * unescaped output tag. A project-level join: the code analyzer publishes each JS file's render
 * calls (which locals keys carry request data, taint/views.ts) and each view file's unescaped
 * outputs (frontend/templates); this module finds the view each render call names and reports the
 * view line, with the trace source → render call → view line.
 */
import { posix } from 'node:path';
import type { RuleMeta } from '../../../findings/rule.js';
import type { RawFinding } from '../../../findings/finding.js';
import type { RawOutput, TemplateEngine, ViewReading } from '../frontend/templates/outputs.js';
import type { KeyTrace, ViewFacts, ViewRender } from '../taint/views.js';

type Outputs = (RawOutput & { snippet: string })[];

/**
 * A view file's unescaped outputs under its own engine (`outputs`), and under the readings the app's
 * configuration may select: an `.html` view (`engine: 'html'`) under each engine that could be
 * registered for it, a Nunjucks view under `autoescape: false`.
 */
export interface TemplateFacts {
  engine: TemplateEngine | 'html';
  outputs: Outputs;
  readings?: Partial<Record<ViewReading, Outputs>>;
  /** Views it includes or extends by a constant name (rendered with the same locals). */
  includes?: string[];
}

export const viewXssMeta: RuleMeta = {
  id: 'js/view-xss',
  title: 'User data written unescaped in a server-side view',
  analyzer: 'code',
  severity: 'high',
  confidence: 'high',
  cwe: [79],
  owasp: 'A03:2021-Injection',
  tags: ['xss', 'injection', 'templates', 'ai-common'],
  description: 'A route passes request data (query, body, params, headers, cookies) to a view, and the view writes it with an unescaped output tag: EJS `<%- x %>`, Pug `!= x` / `!{x}` / `attr!=x`, Handlebars or Mustache `{{{x}}}` / `{{& x}}`, Nunjucks or Swig `{{ x | safe }}` / `{{ x | raw }}`, a `{% autoescape false %}` block, or any `{{ x }}` when the engine is configured with `autoescape: false` (`swig.setDefaults`, `nunjucks.configure`). Whatever HTML or `<script>` the user sends is then served as part of the page (reflected XSS). The same holds for stored content: a field of rows the app reads from its database (an ORM finder such as `findByPk`/`findOne`/`findMany`, a `SELECT` run by the driver, a knex builder on a table, a data-access object\'s `find…` method) written raw is whatever another user saved (stored XSS). A whole row written raw, and a field the project only ever saves escaped for HTML (`{ html: sanitizeHtml(body) }`), are not reported. Inside a loop (`forEach`, `each … in`, `{% for %}`, `{{#each}}`) the loop variable stands for the rows it iterates, and a field is judged on its own where the value\'s shape is known. Vouch follows `res.render(view, locals)` (and `ctx.render`, `reply.view`, `renderFile`, the object a Ts.ED `@View(\'page.ejs\')` or NestJS `@Render(\'page\')` controller action returns, templates compiled from a file, also one chosen by name such as `` `${name}.hbs` `` inside a mailer that callers in other files hand the name and data) to the view file through `app.set(\'views\')`, the view engine and the engines registered for an extension (`app.engine(\'html\', require(\'ejs\').renderFile)` makes `.html` files EJS views), and reports the view line.',
  fix: 'Use the escaping tag for data: EJS `<%= x %>`, Pug `= x` / `#{x}`, Handlebars `{{x}}`, Nunjucks `{{ x }}` without `| safe`. If the value must hold HTML (rich text), sanitise it on the server (DOMPurify with jsdom, sanitize-html) before passing it to the view.',
  examples: {
    bad: "// routes/search.js\nrouter.get('/search', (req, res) => {\n  res.render('search', { q: req.query.q });\n});\n\n//- views/search.pug\nh1 Results for !{q}",
    good: "// routes/search.js\nrouter.get('/search', (req, res) => {\n  res.render('search', { q: req.query.q });\n});\n\n//- views/search.pug\nh1 Results for #{q}",
  },
};

/** Row fields that hold numbers: an id, a count. */
const NUMERIC_FIELD = /^(\d+|id|\w*_(id|count)|\w*(Id|Count))$/;

/** Where views live unless the app says otherwise: Express's `views`, Egg's `app/view` and Midway's `view` (view.rootDir). */
const DEFAULT_VIEW_DIRS = ['views', 'view'];

/** A view pattern matching more files than this says too little about which one is rendered. */
const MAX_PATTERN_VIEWS = 12;

const ENGINE_EXTENSIONS: Record<string, string[]> = {
  ejs: ['ejs'], pug: ['pug', 'jade'], jade: ['jade', 'pug'], hbs: ['hbs', 'handlebars'], handlebars: ['handlebars', 'hbs'],
  njk: ['njk', 'nunjucks'], nunjucks: ['njk', 'nunjucks'], mustache: ['mustache'],
};

/** The package a file belongs to: the nearest folder above it with a package.json, or the scan root. */
function packageRootOf(path: string, packageDirs: Set<string>): string {
  let dir = posix.dirname(path);
  for (;;) {
    if (packageDirs.has(dir)) return dir;
    if (dir === '.' || dir === '/' || dir === '') return '.';
    dir = posix.dirname(dir);
  }
}

function within(root: string, path: string): boolean {
  return root === '.' || path.startsWith(root + '/');
}

/** Length of the common folder prefix: the nearest candidate wins when a name is ambiguous. */
function closeness(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/**
 * The trace of what an output reads under a local: the local's own when its value is tainted as a
 * whole (or the output writes it whole), else that of the first field read that is tainted. A field
 * the render call's value does not have is not data it passed.
 */
function keyTrace(r: ViewRender, key: string, paths: string[][] | undefined, escaped: Set<string>): KeyTrace | undefined {
  const whole = r.keys[key];
  if (!whole) return undefined;
  const fields = r.fields?.[key];
  const reads = paths ?? [[]];
  for (const p of reads) {
    const t = fields && p.length ? fields[p[0]!] : whole;
    if (!t) continue;
    // A stored row: only a named field (read in the view, or the one the local holds), not an id or a
    // count, and not one the project stores escaped for HTML.
    const field = p.length ? p[p.length - 1]! : t.field;
    if (t.stored && (field === undefined || escaped.has(field) || (!p.length && NUMERIC_FIELD.test(field)))) continue;
    return t;
  }
  return undefined;
}

/**
 * `allFiles` are every discovered path (to find package roots); `facts` the code analyzer's facts
 * by path (JS files with `views`, view files with `template`).
 */
export function findViewXss(facts: Map<string, { views?: ViewFacts; template?: TemplateFacts }>, allFiles: string[]): RawFinding[] {
  const packageDirs = new Set(allFiles.filter((p) => posix.basename(p) === 'package.json').map((p) => posix.dirname(p)));
  const templates = [...facts].filter(([, f]) => f.template).map(([path, f]) => ({ path, facts: f.template! }));
  if (templates.length === 0) return [];

  // View settings per package: `app.set('views', …)` and `app.set('view engine', …)` anywhere in it.
  const settings = new Map<string, { dirs: Set<string>; engines: Set<string>; byExt: Map<string, TemplateEngine>; autoescapeOff: Set<TemplateEngine> }>();
  for (const [path, f] of facts) {
    if (!f.views) continue;
    const root = packageRootOf(path, packageDirs);
    const s = settings.get(root) ?? { dirs: new Set(), engines: new Set(), byExt: new Map(), autoescapeOff: new Set() };
    for (const d of f.views.settings.dirs) s.dirs.add(d);
    if (f.views.settings.engine) s.engines.add(f.views.settings.engine);
    for (const [ext, engine] of Object.entries(f.views.settings.engines ?? {})) s.byExt.set(ext, engine);
    for (const engine of f.views.settings.autoescapeOff ?? []) s.autoescapeOff.add(engine);
    settings.set(root, s);
  }

  /** The outputs of a view as the package's configuration renders it; none for an `.html` file no engine is registered for. */
  const outputsOf = (viewPath: string): Outputs => {
    const t = facts.get(viewPath)!.template!;
    const s = settings.get(packageRootOf(viewPath, packageDirs));
    if (t.engine === 'html') {
      const engine = s?.byExt.get(posix.extname(viewPath).slice(1).toLowerCase());
      if (engine === 'ejs') return t.readings?.ejs ?? [];
      if (engine === 'nunjucks') return (s!.autoescapeOff.has('nunjucks') ? t.readings?.['nunjucks-autoescape-off'] : t.readings?.nunjucks) ?? [];
      if (engine === 'handlebars' || engine === 'mustache') return t.readings?.handlebars ?? [];
      return [];
    }
    if (t.engine === 'nunjucks' && s?.autoescapeOff.has('nunjucks')) return t.readings?.['nunjucks-autoescape-off'] ?? t.outputs;
    return t.outputs;
  };

  const resolve = (from: string, r: ViewRender): string[] => {
    const root = packageRootOf(from, packageDirs);
    const inPackage = templates.filter((t) => within(root, t.path));
    let matches: typeof inPackage;
    if (r.ref.kind === 'file' && r.ref.file.includes('*')) {
      // A name chosen at run time (`${name}.hbs`): any view of the pattern may be the one rendered.
      const glob = new RegExp(`(^|/)${r.ref.file.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
      matches = inPackage.filter((t) => glob.test(t.path));
      return matches.length <= MAX_PATTERN_VIEWS ? matches.map((t) => t.path) : [];
    } else if (r.ref.kind === 'file') {
      const file = r.ref.file;
      matches = inPackage.filter((t) => t.path === file || t.path.endsWith('/' + file));
    } else {
      const s = settings.get(root);
      const dirs = s?.dirs.size ? [...s.dirs] : DEFAULT_VIEW_DIRS;
      const name = r.ref.name.replace(/^\.?\//, '');
      const hasExt = /\.\w+$/.test(name) && templates.some((t) => t.path.endsWith(name));
      const exts = hasExt ? [''] : s?.engines.size ? [...s.engines].flatMap((e) => (ENGINE_EXTENSIONS[e] ?? [e]).map((x) => '.' + x)) : Object.values(ENGINE_EXTENSIONS).flat().map((x) => '.' + x);
      const wanted = dirs.flatMap((d) => exts.map((x) => `${d}/${name}${x}`));
      matches = inPackage.filter((t) => wanted.some((w) => t.path === w || t.path.endsWith('/' + w)));
    }
    const best = matches.sort((a, b) => closeness(b.path, from) - closeness(a.path, from))[0]?.path;
    return best ? [best] : [];
  };

  /** A view an include names: beside the including view, then in the views folders (and their `partials/`). */
  const resolveInclude = (from: string, name: string): string | undefined => {
    const root = packageRootOf(from, packageDirs);
    const s = settings.get(root);
    const ownExt = posix.extname(from);
    const engine = facts.get(from)?.template?.engine;
    const exts = /\.\w+$/.test(name) ? [''] : [...new Set([ownExt, ...(engine && engine !== 'html' ? (ENGINE_EXTENSIONS[engine] ?? []).map((x) => '.' + x) : [])])];
    const bare = name.replace(/^\.\//, '');
    const exact = name.startsWith('/') ? [] : exts.map((x) => posix.normalize(posix.join(posix.dirname(from), bare + x)));
    const dirs = s?.dirs.size ? [...s.dirs] : DEFAULT_VIEW_DIRS;
    const inViews = dirs.flatMap((d) => ['', '/partials'].flatMap((sub) => exts.map((x) => posix.normalize(`${d}${sub}/${bare.replace(/^\/+/, '')}${x}`))));
    const candidates = templates.filter((t) => t.path !== from && within(root, t.path));
    return candidates.find((t) => exact.includes(t.path))?.path
      ?? candidates.find((t) => inViews.some((w) => t.path === w || t.path.endsWith('/' + w)))?.path;
  };

  /** The view and every view it includes or extends, transitively (bounded), each with the view that pulled it in. */
  const viewsReached = (view: string): { path: string; via?: string }[] => {
    const out = [{ path: view } as { path: string; via?: string }];
    const seenViews = new Set([view]);
    for (let i = 0; i < out.length && out.length < 24; i++) {
      for (const name of facts.get(out[i]!.path)?.template?.includes ?? []) {
        const next = resolveInclude(out[i]!.path, name);
        if (!next || seenViews.has(next)) continue;
        seenViews.add(next);
        out.push({ path: next, via: out[i]!.path });
      }
    }
    return out;
  };

  // Fields each package stores escaped for HTML (views.ts noteFieldWrite).
  const escapedIn = new Map<string, Set<string>>();
  for (const [path, f] of facts) {
    if (!f.views?.escapedFields?.length) continue;
    const root = packageRootOf(path, packageDirs);
    const set = escapedIn.get(root) ?? new Set<string>();
    for (const name of f.views.escapedFields) set.add(name);
    escapedIn.set(root, set);
  }
  const none = new Set<string>();
  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  for (const [path, f] of facts) {
    const escaped = escapedIn.get(packageRootOf(path, packageDirs)) ?? none;
    for (const r of f.views?.renders ?? []) {
      for (const rendered of resolve(path, r)) for (const { path: view, via } of viewsReached(rendered)) for (const out of outputsOf(view)) {
        const trace: KeyTrace | undefined = out.roots.map((k) => keyTrace(r, k, out.paths?.[k], escaped)).find(Boolean) ?? (out.roots.length && !r.all?.stored ? r.all : undefined);
        if (!trace) continue;
        const key = `${view}:${out.line}:${out.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const location = { path: view, startLine: out.line, startColumn: out.column, endLine: out.line, endColumn: out.column + out.tag.length };
        findings.push({
          ruleId: viewXssMeta.id,
          message: `XSS: ${trace.source} (${trace.steps[0]!.location.path}:${trace.steps[0]!.location.startLine}) is passed to ${via ? `${rendered}, which includes this view,` : 'this view'} by ${r.label} (${path}:${r.line}) and written without HTML escaping by \`${out.tag}\``,
          location,
          trace: [...trace.steps, { location, message: `written unescaped by \`${out.tag}\`${via ? ` (included by ${via})` : ''}`, kind: 'sink' }],
          snippet: out.snippet,
          fingerprintHint: out.expr,
        });
      }
    }
  }
  return findings;
}
