import type { Flow } from '../taint/engine.js';

/** "user input from req.query.id (line 4) reaches db.query()" — the shared wording of taint findings. */
export function describeFlow(flow: Flow): string {
  const src = flow.steps[0];
  const where = src && src.location.path === flow.sink.location.path ? `line ${src.location.startLine}` : `${src?.location.path}:${src?.location.startLine}`;
  return `${src?.message ?? 'untrusted data'} (${where}) reaches ${flow.sink.label}`;
}
