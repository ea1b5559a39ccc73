/**
 * Walk a GitLab CI file (`.gitlab-ci.yml` and the files it includes): jobs (hidden `.templates`
 * too, so a template used by many jobs is reported once, where it is written), their
 * `script`/`before_script`/`after_script` lines with source lines, and `image`/`services`.
 */
import type { Document, Node } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments } from './yaml-lib.js';
import { get, lineOf, str, type YamlDoc } from './model.js';

/** Top-level keys that configure the pipeline rather than name a job. */
const GLOBAL = new Set(['stages', 'variables', 'include', 'workflow', 'default', 'image', 'services', 'before_script', 'after_script', 'cache', 'spec', 'pages:deploy']);

export interface ScriptLine { text: string; line: number; job: string }

/** `.gitlab-ci.yml`, `*.gitlab-ci.yml`, and YAML under `.gitlab/ci/` (the usual place for included files). */
export function isGitlabCiPath(path: string): boolean {
  return /(^|\/)([^/]*\.)?gitlab-ci\.ya?ml$/.test(path) || /(^|\/)\.gitlab\/ci\/.*\.ya?ml$/.test(path);
}

/** Job-like entries: named jobs, hidden templates and `default:`, with their nodes. */
export function gitlabJobs(d: YamlDoc): { name: string; node: Node }[] {
  const root = d.doc.contents;
  if (!isMap(root)) return [];
  const out: { name: string; node: Node }[] = [];
  for (const p of root.items) {
    if (!isScalar(p.key) || !isMap(p.value)) continue;
    const name = String(p.key.value);
    if (name === 'default' || !GLOBAL.has(name)) out.push({ name, node: p.value as Node });
  }
  return out;
}

/** Every script line of the file, including the top-level (deprecated) `before_script`/`after_script`. */
export function scriptLines(d: YamlDoc): ScriptLine[] {
  const out: ScriptLine[] = [];
  const owners = [...gitlabJobs(d), { name: '(global)', node: d.doc.contents as Node }];
  for (const { name, node } of owners) {
    for (const key of ['before_script', 'script', 'after_script']) {
      if (name === '(global)' && key === 'script') continue;
      collect(d, get(node, key), name, out);
    }
  }
  return out;
}

function collect(d: YamlDoc, node: Node | undefined, job: string, out: ScriptLine[], depth = 0): void {
  if (!node || depth > 8) return;
  // `- *install`: the anchored commands, located where they are written.
  if (isAlias(node)) return collect(d, node.resolve(d.doc) as Node | undefined, job, out, depth + 1);
  if (isSeq(node)) {
    for (const item of node.items) collect(d, item as Node, job, out, depth + 1); // nested lists come from anchors
    return;
  }
  const text = isScalar(node) && node.tag !== '!reference' ? str(node) : undefined;
  if (!text) return;
  // A block scalar holds several commands: each is located on its own line (searching onwards, so
  // a repeated command gets its own line).
  const [start, end] = node.range ?? [0, 0];
  const source = d.text.slice(start, end);
  let cursor = 0;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (!t || t.startsWith('#')) continue;
    const at = text.includes('\n') ? source.indexOf(t, cursor) : -1;
    if (at >= 0) cursor = at + t.length;
    out.push({ text: t, line: at >= 0 ? d.lines.linePos(start + at).line : lineOf(d, node), job });
  }
}

/** Names of `spec: inputs:` (the header document of a CI/CD component) that can only be a number, a boolean or one of fixed options. */
export function constrainedInputs(text: string): Set<string> {
  const out = new Set<string>();
  if (!/^spec:/m.test(text)) return out;
  for (const doc of parseAllDocuments(text, { logLevel: 'silent', strict: false }) as Document.Parsed[]) {
    const inputs = get(get(doc.contents, 'spec'), 'inputs');
    if (!isMap(inputs)) continue;
    for (const p of inputs.items) {
      const type = str(get(p.value, 'type'));
      if (isScalar(p.key) && (type === 'number' || type === 'boolean' || isSeq(get(p.value, 'options')))) out.add(String(p.key.value));
    }
  }
  return out;
}

/** `image:` and `services:` references (string or `{ name: }`) of the file, with their nodes. */
export function gitlabImages(d: YamlDoc): { image: string; node: Node; where: string }[] {
  const out: { image: string; node: Node; where: string }[] = [];
  const add = (n: Node | undefined, where: string) => {
    const target = isMap(n) ? get(n, 'name') : n;
    const image = str(target);
    if (image && target) out.push({ image, node: target, where });
  };
  const owners = [...gitlabJobs(d), { name: '(global)', node: d.doc.contents as Node }];
  for (const { name, node } of owners) {
    add(get(node, 'image'), name);
    const services = get(node, 'services');
    if (isSeq(services)) for (const s of services.items) add(s as Node, name);
  }
  return out;
}
