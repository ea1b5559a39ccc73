/** Parse a YAML file into documents with positions and decide what each one describes. */
import type { Document } from 'yaml';
import { isMap, isSeq, parseAllDocuments, newLineCounter } from './yaml-lib.js';
import { get, str, type YamlDoc, type YamlDocKind } from './model.js';
import { isGitlabCiPath } from './gitlab.js';

export interface ParsedYaml {
  docs: YamlDoc[];
  /** Parse errors, with the line of the first one; the file is then a scan error. */
  error?: string;
}

/**
 * Helm and other `{{ }}` templates are not YAML until rendered. GitHub `${{ }}` expressions and
 * CloudFormation dynamic references (`{{resolve:secretsmanager:…}}`, resolved by AWS at deploy
 * time inside an ordinary string) are fine.
 */
export function isTemplated(text: string): boolean {
  const t = text.includes('{{resolve:') ? text.replace(/\{\{resolve:[^{}\n]*\}\}/g, '') : text;
  return /(^|[^$]){{-?\s*[.$a-zA-Z(/]/m.test(t) && /(^|[^$]){{[^}]*}}/m.test(t);
}

export function parseYamlDocs(path: string, text: string): ParsedYaml {
  const lines = newLineCounter();
  // CloudFormation tags (!Ref, !Sub, …) are unknown to the core schema: keep them as plain values.
  const parsed = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'silent' });
  const list = Array.isArray(parsed) ? parsed : [];
  const docs: YamlDoc[] = [];
  for (const doc of list as Document.Parsed[]) {
    const err = doc.errors[0];
    if (err) {
      const line = lines.linePos(err.pos[0]).line;
      return { docs: [], error: `invalid YAML at line ${line}: ${err.message.split('\n')[0]}` };
    }
    const kind = docKind(path, doc);
    if (kind === 'kubernetes' && isListKind(doc)) docs.push(...listItems(doc).map((item) => ({ kind, path, doc: item, lines, text })));
    else if (kind) docs.push({ kind, path, doc, lines, text });
  }
  return { docs };
}

/** `kind: List` (what `kubectl get -o yaml` exports), `DeploymentList` and the like: objects under `items`. */
function isListKind(doc: Document.Parsed): boolean {
  return /List$/.test(str(get(doc.contents, 'kind')) ?? '') && isSeq(get(doc.contents, 'items'));
}

/** Each item of a list as a document of its own (same source, positions and line counter). */
function listItems(doc: Document.Parsed): Document.Parsed[] {
  const items = get(doc.contents, 'items');
  if (!isSeq(items)) return [];
  return items.items.filter((n) => isMap(n) && str(get(n, 'apiVersion')) && str(get(n, 'kind'))).map((n) => {
    const item = Object.create(doc) as Document.Parsed;
    Object.defineProperty(item, 'contents', { value: n, enumerable: true });
    return item;
  });
}

function docKind(path: string, doc: Document.Parsed): YamlDocKind | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  if (str(get(root, 'apiVersion')) && str(get(root, 'kind'))) return 'kubernetes';
  if (get(root, 'AWSTemplateFormatVersion') || isMap(get(root, 'Resources'))) return 'cloudformation';
  const jobs = get(root, 'jobs');
  if (isMap(jobs) && (get(root, 'on') !== undefined || /(^|\/)\.github\/workflows\//.test(path))) return 'github-actions';
  if (isGitlabCiPath(path)) return 'gitlab-ci';
  if (isMap(get(root, 'services'))) return 'compose';
  return undefined;
}
