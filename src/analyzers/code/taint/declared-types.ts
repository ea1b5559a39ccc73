/**
 * Declared types of parameters and fields that name a modelled package's object: a DAO's
 * `function find(db: Pool, id)`, `constructor(private readonly pool: mysql.Pool)`, or in JavaScript
 * `/** @param {import('mysql2/promise').Pool} db *\/`. Such a value is that package's object (as if
 * the function had made it with `new Pool()`), so the package's rows (models/apis.ts) apply to calls
 * on it even when the caller that passes it cannot be followed. A type that resolves to no modelled
 * package (a project file's interface, an unknown name) says nothing.
 */
import type { Node } from '../frontend/js/ast.js';
import { isRelativeSpecifier } from '../frontend/js/modules.js';
import { apiCall, modulePackage } from './api.js';
import type { TaintEngine } from './engine.js';

/** A JSDoc block and where it ends in the file. */
interface DocBlock { end: number; text: string }

interface FileDocs {
  /** JSDoc blocks by position (sorted by `end`). */
  blocks: DocBlock[];
  /** `@typedef {import('pg').Pool} Pool` and `@import { Pool } from 'pg'`: type names the file's comments declare. */
  names: Map<string, string>;
}

const fileDocs = new WeakMap<TaintEngine, FileDocs>();
const paramApis = new WeakMap<Node, (string | undefined)[]>();

/** Between a JSDoc block and the function or field it documents: keywords and the name, nothing else. */
const ATTACHED = /^\s*(?:export\s+(?:default\s+)?)?(?:(?:const|let|var)\s+)?(?:[\w$.#]+\s*[:=]\s*)?(?:(?:static|async|public|private|protected|readonly|override|declare|get|set)\s+)*(?:function\b\s*\*?\s*[\w$]*\s*|[\w$#]+\s*)?$/;

function docsOf(e: TaintEngine): FileDocs {
  let docs = fileDocs.get(e);
  if (docs) return docs;
  docs = { blocks: [], names: new Map() };
  const text = e.input.lines.text;
  if (text.includes('/**')) {
    for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      docs.blocks.push({ end: m.index + m[0].length, text: m[0] });
      for (const t of tagTypes(m[0], 'typedef')) if (t.name) docs.names.set(t.name, t.type);
      // TypeScript 5.5's `@import { Pool } from 'pg'` / `@import * as mysql from 'mysql2'`.
      for (const i of m[0].matchAll(/@import\s+(?:\*\s+as\s+([\w$]+)|\{([^}]*)\})\s+from\s+(['"])([^'"\n]+)\3/g)) {
        if (i[1]) docs.names.set(i[1], `import('${i[4]}')`);
        for (const part of (i[2] ?? '').split(',')) {
          const [name, alias] = part.trim().split(/\s+as\s+/);
          if (name) docs.names.set(alias ?? name, `import('${i[4]}').${name}`);
        }
      }
    }
  }
  fileDocs.set(e, docs);
  return docs;
}

/** `@tag {Type} name` entries of a JSDoc block (`[name]` and `[name=x]` for optional ones). */
function tagTypes(doc: string, tags: string): { type: string; name?: string }[] {
  const out: { type: string; name?: string }[] = [];
  const re = new RegExp(`@(?:${tags})\\s*\\{`, 'g');
  for (let m = re.exec(doc); m; m = re.exec(doc)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < doc.length && depth > 0; i++) {
      if (doc[i] === '{') depth++;
      else if (doc[i] === '}') depth--;
    }
    if (depth > 0) break;
    const type = doc.slice(m.index + m[0].length, i - 1).trim();
    const name = /^\s*\[?\s*([\w$]+(?:\.[\w$]+)*)/.exec(doc.slice(i, i + 200))?.[1];
    out.push({ type, ...(name ? { name } : {}) });
    re.lastIndex = i;
  }
  return out;
}

/** The JSDoc block written right before the node that starts at `start` (through `export`, `const x =`, `async`, a method name). */
function attachedDoc(e: TaintEngine, start: number): string | undefined {
  const { blocks } = docsOf(e);
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const block = lo > 0 ? blocks[lo - 1] : undefined;
  if (!block || start - block.end > 200) return undefined;
  return ATTACHED.test(e.input.lines.text.slice(block.end, start)) ? block.text : undefined;
}

/**
 * The API path (`mysql2/promise|Pool()`) of an instance of the type a JSDoc type expression names,
 * when it is a modelled package's type: `import('pg').Pool`, `Pool` imported or declared with
 * `@typedef`, `mysql.Pool`, `?Pool`, `Pool|undefined`.
 */
function jsDocTypeApi(e: TaintEngine, type: string, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  const alternatives = type.replace(/^\(|\)$/g, '').split('|');
  for (const raw of alternatives) {
    const t = raw.trim().replace(/^[?!]\s*/, '').replace(/=$/, '').replace(/<[\s\S]*>$/, '').trim();
    const imported = /^import\(\s*(['"])([^'"]+)\1\s*\)((?:\.[\w$]+)*)$/.exec(t);
    if (imported) {
      const api = packageTypeApi(e, imported[2]!, 'default', imported[3]!.slice(1));
      if (api) return api;
      continue;
    }
    if (!/^[\w$]+(\.[\w$]+)*$/.test(t)) continue;
    const [head, ...rest] = t.split('.');
    const declared = docsOf(e).names.get(head!);
    if (declared !== undefined) {
      const api = rest.length ? jsDocTypeApi(e, `${declared}.${rest.join('.')}`, depth + 1) : jsDocTypeApi(e, declared, depth + 1);
      if (api) return api;
      continue;
    }
    const api = namedTypeApi(e, t);
    if (api) return api;
  }
  return undefined;
}

/** `Pool`, `mysql.Pool`, `Knex.Transaction`: a type name whose head is imported from a modelled package. */
export function namedTypeApi(e: TaintEngine, name: string): string | undefined {
  const [head, ...rest] = name.split('.');
  const b = e.input.modules.bindings.get(head!) ?? e.input.modules.types?.get(head!);
  if (!b) return undefined;
  return packageTypeApi(e, b.module, b.name, rest.join('.'));
}

/** Types a modelled package declares for plain data (documents, filters, options), not for its objects. */
const DATA_TYPES: Record<string, RegExp> = {
  mongodb: /^(Document|Filter|UpdateFilter|Sort|WithId|WithoutId|OptionalId|OptionalUnlessRequiredId|EnhancedOmit|Projection|MatchKeysAndValues|RootFilterOperators|Condition|\w+Options)$/,
};

/** An instance of `name` (then `sub`, a member of it) exported by `spec`, if `spec` is a package the models know. */
function packageTypeApi(e: TaintEngine, spec: string, name: string, sub: string): string | undefined {
  if (isRelativeSpecifier(spec) || spec.startsWith('@/') || spec.startsWith('~/')) return undefined;
  const pkg = modulePackage(e.input.path, spec);
  const modelled = (rows: { package: string }[]) => rows.some((r) => r.package === pkg);
  if (!modelled(e.models.sinks) && !modelled(e.models.sources) && !modelled(e.models.sanitizers)) return undefined;
  // (A package's plain data types, `custom: Document` of mongodb, are what the caller passed: no object of the package.)
  if (!sub && DATA_TYPES[pkg]?.test(name)) return undefined;
  const path = [name === '*' || name === 'default' ? '' : name, sub].filter(Boolean).join('.');
  // (A namespace itself is no type: `import * as mysql` names one only with a member, `mysql.Pool`.)
  if (name === '*' && !sub) return undefined;
  return apiCall(`${pkg}|${path}`);
}

/** The API path of a TypeScript type annotation's type: `Pool`, `mysql.Pool`, `import('pg').Pool`, `Pool | undefined`. */
function tsTypeApi(e: TaintEngine, t: Node | undefined): string | undefined {
  if (!t) return undefined;
  switch (t.type) {
    case 'TSTypeReference': {
      const name = typeNameText(t.typeName);
      return name ? namedTypeApi(e, name) : undefined;
    }
    case 'TSImportType': {
      const spec = t.argument?.type === 'TSLiteralType' ? t.argument.literal?.value : t.argument?.value;
      if (typeof spec !== 'string' || t.typeArguments) return undefined;
      const sub = t.qualifier ? typeNameText(t.qualifier) : '';
      return sub === undefined ? undefined : packageTypeApi(e, spec, 'default', sub);
    }
    case 'TSUnionType':
      for (const u of t.types) {
        const api = tsTypeApi(e, u);
        if (api) return api;
      }
      return undefined;
    case 'TSParenthesizedType':
      return tsTypeApi(e, t.typeAnnotation);
    default:
      return undefined;
  }
}

function typeNameText(n: Node | undefined): string | undefined {
  if (n?.type === 'Identifier') return n.name;
  if (n?.type === 'TSQualifiedName') {
    const left = typeNameText(n.left);
    return left ? `${left}.${n.right.name}` : undefined;
  }
  return undefined;
}

/** A parameter's or property's TypeScript annotation, as an API path. */
export function annotationApi(e: TaintEngine, node: Node): string | undefined {
  const target = node.type === 'TSParameterProperty' ? node.parameter : node;
  const inner = target.type === 'AssignmentPattern' ? target.left : target;
  return tsTypeApi(e, inner.typeAnnotation?.typeAnnotation);
}

/** Per parameter of a function: the API path of the package object its declared type names (TypeScript or JSDoc `@param`). */
export function declaredParamApis(e: TaintEngine, fn: Node): (string | undefined)[] {
  const known = paramApis.get(fn);
  if (known) return known;
  const out: (string | undefined)[] = fn.params.map((p: Node) => annotationApi(e, p));
  const doc = fn.params.length && !out.every(Boolean) ? attachedDoc(e, fn.start) : undefined;
  if (doc) {
    const byName = new Map<string, string>();
    for (const t of tagTypes(doc, 'param|arg|argument')) if (t.name) byName.set(t.name, t.type);
    fn.params.forEach((p: Node, i: number) => {
      const target = p.type === 'AssignmentPattern' ? p.left : p;
      const type = target.type === 'Identifier' ? byName.get(target.name) : undefined;
      if (!out[i] && type) out[i] = jsDocTypeApi(e, type);
    });
  }
  paramApis.set(fn, out);
  return out;
}

/**
 * A class field's or variable's declared package type: `private db: mysql.Pool`, `const db: Pool`, or
 * JSDoc `/** @type {Pool} *\/ db;`. `start`: where the documented declaration starts.
 */
export function declaredFieldApi(e: TaintEngine, field: Node, start: number = field.start): string | undefined {
  const ts = annotationApi(e, field);
  if (ts) return ts;
  const doc = attachedDoc(e, start);
  const type = doc ? tagTypes(doc, 'type')[0]?.type : undefined;
  return type ? jsDocTypeApi(e, type) : undefined;
}

const paramClasses = new WeakMap<Node, (Map<string, string> | undefined)[]>();

/**
 * A project class a type annotation names (`svc: ExportService`): this file's class by name, or one
 * imported from a project file (`import type { ExportService } from './export-service'`) as
 * `@import:Name`. Package types are declaredParamApis' (their models), other types say nothing.
 */
function projectClassType(e: TaintEngine, t: Node | undefined): string | undefined {
  if (t?.type !== 'TSTypeReference' || t.typeName?.type !== 'Identifier' || t.typeArguments) return undefined;
  const name: string = t.typeName.name;
  if (!/^[A-Z]/.test(name)) return undefined;
  if (e.classes.has(name)) return name;
  const b = e.input.modules.bindings.get(name) ?? e.input.modules.types?.get(name);
  return b && (isRelativeSpecifier(b.module) || b.module.startsWith('@/') || b.module.startsWith('~/')) ? `@import:${name}` : undefined;
}

/**
 * Per parameter of a function, the local names its declared type says hold an instance of a project
 * class: `(orders: OrderService)`, and the dependency object containers inject into factories and
 * constructors, destructured with a type literal (`({ orderService }: { orderService: OrderService })`,
 * awilix's PROXY mode, also a hand-written `deps` object). Whoever passes them, a call on such a name
 * is that class's method (imported-calls.ts), as for a field declared with the class.
 */
export function declaredParamClasses(e: TaintEngine, fn: Node): (Map<string, string> | undefined)[] {
  const known = paramClasses.get(fn);
  if (known) return known;
  const out = fn.params.map((p: Node) => {
    const param = p.type === 'TSParameterProperty' ? p.parameter : p;
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    const ann = target.typeAnnotation?.typeAnnotation;
    if (!ann) return undefined;
    if (target.type === 'Identifier') {
      const cls = projectClassType(e, ann);
      return cls ? new Map([[target.name, cls]]) : undefined;
    }
    if (target.type !== 'ObjectPattern' || ann.type !== 'TSTypeLiteral') return undefined;
    const members = new Map<string, Node>();
    for (const m of ann.members) if (m.type === 'TSPropertySignature' && m.key?.type === 'Identifier') members.set(m.key.name, m.typeAnnotation?.typeAnnotation);
    let found: Map<string, string> | undefined;
    for (const prop of target.properties) {
      if (prop.type !== 'Property' || prop.computed || prop.key?.type !== 'Identifier') continue;
      const local = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
      const cls = local?.type === 'Identifier' ? projectClassType(e, members.get(prop.key.name)) : undefined;
      if (cls) (found ??= new Map()).set(local.name, cls);
    }
    return found;
  });
  paramClasses.set(fn, out);
  return out;
}
