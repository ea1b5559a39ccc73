/**
 * API paths of values: what `require`/`import` returned, followed through members, calls and `new`
 * (`pg|Pool().query`), and references to other project files' exports (`./db#pool`) that the link
 * step resolves to the API path or the summaries those exports have.
 */
import { posix } from 'node:path';
import type { ImportBinding } from '../frontend/js/modules.js';
import { isRelativeSpecifier } from '../frontend/js/modules.js';
import { normalisePackage } from '../models/apis.js';
import { EMPTY, type Value } from './values.js';
import type { TaintEngine } from './engine.js';

export function apiMember(api: string, name: string): string {
  return api.endsWith('|') ? api + name : `${api}.${name}`;
}

export function apiCall(api: string): string {
  return api + '()';
}

/** The package (or project file, for relative specifiers) an import names. */
export function modulePackage(fromPath: string, spec: string): string {
  if (!isRelativeSpecifier(spec)) return normalisePackage(spec);
  return normalisePackage(posix.normalize(posix.join(posix.dirname(fromPath), spec)));
}

/** The value of `require(spec)` / `import * as x from spec` (`name` `*`), or one named import. */
export function importValue(e: TaintEngine, spec: string, name: string): Value {
  const pkg = modulePackage(e.input.path, spec);
  const path = name === '*' || name === 'default' ? '' : name;
  const ref = `${spec}#${name === '*' ? '*' : name}`;
  const linked = linkedApi(e, ref);
  // Project files (relative, `@/` aliases, or whatever the link step resolved) are references.
  if (linked || isRelativeSpecifier(spec) || spec.startsWith('@/') || spec.startsWith('~/') || /^\/\w/.test(spec)) {
    const regex = linkedRegex(e, ref);
    return { taints: [], ref, api: linked ?? `${pkg}|${path}`, ...(regex ? { regex } : {}) };
  }
  return { taints: [], api: `${pkg}|${path}` };
}

export function bindingValue(e: TaintEngine, b: ImportBinding): Value {
  return importValue(e, b.module, b.name);
}

/** Link keys a reference may be published under (`./db#*.pool` → `./db#default.pool`, `./db#pool`; `./dao#*().find` → `./dao#default().find`). */
export function refCandidates(ref: string): string[] {
  const hash = ref.indexOf('#', 1);
  const spec = ref.slice(0, hash);
  const key = ref.slice(hash + 1);
  if (key === '*' || key === '*?') return [`${spec}#default`];
  // A module that exports the object or a function of the app returning it (a Strapi service: strapi.ts).
  if (key.startsWith('*?.')) return [`${spec}#default.${key.slice(3)}`, `${spec}#default().${key.slice(3)}`];
  if (key.startsWith('*.')) return [`${spec}#default.${key.slice(2)}`, `${spec}#${key.slice(2)}`];
  // `require('./dao/users')(pool).find(…)`: what the module's function returns (`default().find`).
  if (key.startsWith('*(')) return [`${spec}#default${key.slice(1)}`];
  return [ref];
}

/** The API path another file published for this export (`module.exports = new Pool()`). */
export function linkedApi(e: TaintEngine, ref: string): string | undefined {
  const link = e.input.linkInput;
  if (!link) return undefined;
  for (const c of refCandidates(ref)) {
    const api = link[c]?.api;
    if (api) return api;
  }
  return undefined;
}

/** A regex another file exports (`module.exports = { email: /…/ }`), as that file published it. */
export function linkedRegex(e: TaintEngine, ref: string): Value['regex'] {
  const link = e.input.linkInput;
  if (!link) return undefined;
  for (const c of refCandidates(ref)) {
    const regex = link[c]?.regex;
    if (regex) return regex;
  }
  return undefined;
}

/** Reading `name` of a value with an API path or a reference to another file's export. */
export function apiMemberValue(e: TaintEngine, obj: Value, name: string): Value | undefined {
  if (obj.ref) {
    const ref = `${obj.ref}.${name}`;
    const api = linkedApi(e, ref) ?? (obj.api ? apiMember(obj.api, name) : undefined);
    const regex = linkedRegex(e, ref);
    return { taints: [], ref, ...(api ? { api } : {}), ...(regex ? { regex } : {}) };
  }
  if (obj.api) return { taints: [], api: apiMember(obj.api, name) };
  return undefined;
}

/** What calling (or instantiating) an API value returns. */
export function apiResult(callee: Value | undefined, isNew: boolean): Value {
  if (!callee) return EMPTY;
  // An instance of another file's class keeps the class's reference: its methods are published as `Class.method`.
  if (callee.ref) return { taints: [], ref: isNew ? callee.ref : `${callee.ref}()`, ...(callee.api ? { api: apiCall(callee.api) } : {}) };
  if (callee.api) return { taints: [], api: apiCall(callee.api) };
  return EMPTY;
}
