/** Walk a GitHub Actions workflow: jobs, steps, `run:` scripts and `uses:` references. */
import type { Node } from 'yaml';
import { isMap } from './yaml-lib.js';
import { get, items, str, type YamlDoc } from './model.js';

export interface Step { node: Node; job: string; jobNode: Node }

export function jobsOf(d: YamlDoc): { name: string; node: Node }[] {
  const jobs = get(d.doc.contents, 'jobs');
  if (!isMap(jobs)) return [];
  return jobs.items.map((p) => ({ name: String((p.key as { value?: unknown })?.value ?? '?'), node: p.value as Node })).filter((j) => j.node);
}

export function stepsOf(d: YamlDoc): Step[] {
  return jobsOf(d).flatMap((j) => items(get(j.node, 'steps')).map((node) => ({ node, job: j.name, jobNode: j.node })));
}

/** Event names the workflow triggers on (`on: push`, `on: [push, pull_request]`, `on: {push: …}`). */
export function triggers(d: YamlDoc): string[] {
  const on = get(d.doc.contents, 'on');
  const s = str(on);
  if (s) return [s];
  if (isMap(on)) return on.items.map((p) => String((p.key as { value?: unknown })?.value));
  return items(on).map((n) => str(n) ?? '');
}

/** Every `${{ … }}` expression in a string, with its inner text. */
export function expressions(text: string): { raw: string; inner: string }[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => ({ raw: m[0], inner: m[1]!.trim() }));
}
