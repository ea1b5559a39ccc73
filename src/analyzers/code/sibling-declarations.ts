/**
 * Compiled JavaScript shipped with its TypeScript declarations (`QueryRunner.js` beside
 * `QueryRunner.d.ts`): the build dropped `private` and `protected` from the JavaScript, and the
 * declaration file still says them. Such members are not the package's API: only the class itself
 * and its subclasses call them. Read only from the scanned file's own folder, never executed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

/** Hidden member names by class name, from the declaration file beside a compiled module. */
export type DeclaredHiddenMembers = (cls: string) => ReadonlySet<string> | undefined;

/** Larger declaration files are not read (generated API bundles); the members stay as they are. */
const MAX_DECLARATION_BYTES = 2_000_000;
const COMPILED = /\.(m|c)?js$/;
const CLASS_HEAD = /^\s*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?class\s+([\w$]+)/;
const HIDDEN_MEMBER = /^\s*(?:private|protected)\s+(?:(?:static|readonly|abstract|override|async|get|set)\s+)*([\w$]+)/;

/** The `.d.ts` (`.d.mts`, `.d.cts`) beside a compiled module, if there is one. */
function declarationPath(absPath: string): string | undefined {
  const m = COMPILED.exec(absPath);
  if (!m) return undefined;
  const candidate = `${absPath.slice(0, m.index)}.d.${m[1] ?? ''}ts`;
  try {
    return existsSync(candidate) && statSync(candidate).size <= MAX_DECLARATION_BYTES ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** `private x` / `protected y(…)` members of each class a declaration file declares. */
export function hiddenMembersIn(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // (Comments may hold braces: `{@link …}` in a doc comment.)
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
  let depth = 0;
  let cls: { name: string; depth: number } | undefined;
  for (const line of code.split('\n')) {
    if (cls && depth === cls.depth + 1) {
      const m = HIDDEN_MEMBER.exec(line);
      if (m) {
        let set = out.get(cls.name);
        if (!set) out.set(cls.name, (set = new Set()));
        set.add(m[1]!);
      }
    }
    const head = cls ? undefined : CLASS_HEAD.exec(line);
    if (head) cls = { name: head[1]!, depth };
    for (const c of line) {
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (cls && depth === cls.depth) cls = undefined;
      }
    }
  }
  return out;
}

/** The hidden members a compiled module's declaration file names, read at the first question. */
export function lazyDeclaredHiddenMembers(absPath: string | undefined): DeclaredHiddenMembers | undefined {
  if (!absPath || !COMPILED.test(absPath)) return undefined;
  let members: Map<string, Set<string>> | null = null;
  return (cls) => {
    if (members === null) {
      const file = declarationPath(absPath);
      try {
        members = file ? hiddenMembersIn(readFileSync(file, 'utf8')) : new Map();
      } catch {
        members = new Map();
      }
    }
    return members.get(cls);
  };
}
