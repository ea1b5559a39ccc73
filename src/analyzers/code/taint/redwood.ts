/**
 * RedwoodJS (https://redwoodjs.com/docs): entry points the framework calls by convention.
 *
 * - Services: every function a module under `api/src/services/` exports is mapped onto the GraphQL
 *   field of the same name that an SDL file declares (`makeMergedSchema`), and Redwood calls it with
 *   the field's arguments as its first parameter (`({ id, input })`). A resolver typed
 *   `QueryResolvers['x']` / `MutationResolvers['x']` (the generated `types/graphql`) is one too.
 * - Background jobs (`@redwoodjs/jobs`): `jobs.createJob({ queue, perform })` declares a job;
 *   `later(Job, [arg1, arg2], options)` (a scheduler from `jobs.createScheduler(…)`) stores the
 *   arguments, and a worker later calls `perform(arg1, arg2)` with them.
 *
 * Only in a project that declares (or a file that imports) a Redwood package.
 */
import { type Node, isFunction, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';

export const REDWOOD_MODULE = /^@redwoodjs\//;
const REDWOOD_PACKAGES = ['@redwoodjs/api', '@redwoodjs/graphql-server', '@redwoodjs/jobs', '@redwoodjs/core'] as const;

/** A Redwood services module (`api/src/services/posts/posts.ts`): its exports are GraphQL resolvers. */
const SERVICES_PATH = /(^|\/)api\/src\/services\/.+\.[cm]?[jt]s$/;
/** Test files, scenarios and mocks beside the services are not resolvers. */
const NOT_SERVICE = /\.(test|spec|scenarios|mock)\.[cm]?[jt]s$/;
/** The generated resolver types of `types/graphql`. */
const RESOLVER_TYPE = /^(Query|Mutation)Resolvers$/;

export function runsUnderRedwood(e: TaintEngine): boolean {
  return e.runsUnder('redwood', REDWOOD_MODULE, REDWOOD_PACKAGES);
}

/** The exported service functions of this file → the GraphQL field each answers (its export name). */
export function collectRedwoodServices(e: TaintEngine, program: Node, out: Map<Node, string>): void {
  const servicesFile = SERVICES_PATH.test(e.input.path) && !NOT_SERVICE.test(e.input.path);
  for (const stmt of program.body as Node[]) {
    if (stmt.type !== 'ExportNamedDeclaration' || !stmt.declaration) continue;
    const d = stmt.declaration;
    if (d.type === 'FunctionDeclaration' && d.id && servicesFile) out.set(d, d.id.name);
    if (d.type !== 'VariableDeclaration') continue;
    for (const v of d.declarations as Node[]) {
      if (v.id.type !== 'Identifier' || !v.init) continue;
      const fn = unwrap(v.init);
      if (!isFunction(fn)) continue;
      if (servicesFile || resolverTyped(v.id)) out.set(fn, v.id.name);
    }
  }
}

/** `const posts: QueryResolvers['posts'] = …` */
function resolverTyped(id: Node): boolean {
  const t = id.typeAnnotation?.typeAnnotation;
  if (t?.type !== 'TSIndexedAccessType') return false;
  const obj = t.objectType;
  return obj?.type === 'TSTypeReference' && obj.typeName?.type === 'Identifier' && RESOLVER_TYPE.test(obj.typeName.name);
}

/** `createJob({ perform })` → the job's name (the variable it is assigned to), for each perform function of this file. */
export function collectRedwoodJobs(program: Node, out: Map<Node, string>): void {
  walk(program, [{
    VariableDeclarator(d) {
      if (d.id.type !== 'Identifier' || !d.init) return;
      const call = unwrap(d.init);
      if (call.type !== 'CallExpression' || unwrap(call.callee).type !== 'MemberExpression' || propertyName(unwrap(call.callee)) !== 'createJob') return;
      const config = call.arguments[0] && unwrap(call.arguments[0]);
      if (config?.type !== 'ObjectExpression') return;
      for (const p of config.properties as Node[]) {
        if ((p.type === 'Property' || p.type === 'MethodDefinition') && propertyName(p) === 'perform' && isFunction(unwrap(p.value))) out.set(unwrap(p.value), d.id.name);
      }
    },
  }]);
}

/** Where `later(Job, args)` keeps argument `index` of the job named `job` among the project's stored request fields. */
export function redwoodJobArgKey(job: string, index: number): string {
  return `redwood:job.${job}.${index}`;
}

/** What `jobs.createScheduler(…)` returns, `jobs` a `new JobManager(…)` (also through another file's export). */
export const REDWOOD_SCHEDULER = /^@redwoodjs\/jobs\|JobManager\(\)\.createScheduler\(\)$/;

/** The name of the job `later(ExportJob, …)` schedules: the job module's exported name (a default import goes by its local name). */
export function redwoodJobName(e: TaintEngine, node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'Identifier') return undefined;
  const b = e.input.modules.bindings.get(n.name);
  return b && b.name !== 'default' && b.name !== '*' ? b.name : n.name;
}
