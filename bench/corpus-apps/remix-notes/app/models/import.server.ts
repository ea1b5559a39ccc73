import yaml from 'js-yaml';

export type ImportedNote = { title: string; body: string };

function normalise(doc: unknown): ImportedNote[] {
  const items = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && 'notes' in doc ? (doc as { notes: unknown }).notes : [];
  if (!Array.isArray(items)) return [];
  return items.slice(0, 500).map((item) => {
    const n = (item ?? {}) as Record<string, unknown>;
    return { title: String(n.title ?? 'Untitled').slice(0, 200), body: String(n.body ?? '') };
  });
}

/** Exports from the old desktop app are YAML; the web app exports JSON. */
export function parseExport(text: string, kind: 'yaml' | 'json'): ImportedNote[] {
  if (kind === 'json') {
    // safe: CWE-502
    return normalise(JSON.parse(text));
  }
  // vuln: CWE-502
  const doc = yaml.load(text);
  return normalise(doc);
}

/** Front matter (`---\ntitle: …\n---`) at the top of a Markdown file. */
export function parseFrontMatter(text: string): { meta: Record<string, unknown>; body: string } {
  if (!text.startsWith('---\n')) return { meta: {}, body: text };
  const end = text.indexOf('\n---', 4);
  if (end === -1) return { meta: {}, body: text };
  // safe: CWE-502
  const meta = yaml.safeLoad(text.slice(4, end));
  return { meta: meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {}, body: text.slice(end + 4).trimStart() };
}
