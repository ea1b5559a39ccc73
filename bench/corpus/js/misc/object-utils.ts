// Generic object helpers used by the config API
import type { Request, Response } from 'express';

type Dict = Record<string, unknown>;

export function mergeDeep(target: Dict, ...sources: Dict[]): Dict {
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        target[key] = mergeDeep((target[key] as Dict) ?? {}, value as Dict);
      } else {
        // ruleid: js/prototype-pollution
        target[key] = value;
      }
    }
  }
  return target;
}

export function assignPath(obj: Dict, keys: string[], value: unknown): void {
  let node: any = obj;
  for (const k of keys.slice(0, -1)) {
    node = node[k] ??= {};
  }
  // ruleid: js/prototype-pollution
  node[keys[keys.length - 1]] = value;
}

export function updateSetting(req: Request, res: Response) {
  const settings: Dict = {};
  assignPath(settings, String(req.body.key).split('.'), req.body.value);
  res.json(settings);
}

export function applyPatch(req: Request, res: Response) {
  const doc: Dict = { title: 'untitled', meta: {} };
  const merged = mergeDeep(doc, JSON.parse(JSON.stringify(req.body)));
  res.json(merged);
}

export function copyAllowed(req: Request, res: Response) {
  const out: Dict = Object.create(null);
  for (const key of ['title', 'tags', 'visibility']) {
    // ok: js/prototype-pollution
    if (key in req.body) out[key] = req.body[key];
  }
  res.json(out);
}
