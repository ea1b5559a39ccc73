/**
 * Models over API paths (the idea of CodeQL's API graphs): a row names a package (or a project
 * file), an access path below what it exports, and what the call at that path does. The engine
 * follows values from `require`/`import` through members, calls, `new`, `await`, destructuring,
 * class fields and other files' exports, so `pool.query(x)` is a SQL sink because `pool` came
 * from `new (require('pg').Pool)()`, whatever it is called. Users add rows of the same shape in
 * `.vouch.yml` (`models:`), compiled by `compileModels`.
 *
 * Path syntax: segments separated by `.`; `()` after a segment (or alone, at the root) is the
 * result of calling or instantiating it; `*` stands for any run of segments (zero or more);
 * `default` at the start is the module itself. `Pool().query`, `*.query`, `().raw`, `createPool().*.execute`.
 */
import type { SinkKind } from '../taint/values.js';
import { SINK_KINDS, mask } from '../taint/values.js';

export interface ApiSinkRow {
  package: string;
  path: string;
  /** Set on the user's rows: where the row is in `.vouch.yml` and what it names, for findings. */
  model?: string;
  /** Dangerous argument positions (`-1` = the last). */
  args: number[];
  kind: SinkKind;
  /** The dangerous value is this property of the object argument (`sendMail({ html })`). */
  field?: string;
  /**
   * The argument (`args`) holds the values a library formats into the query text (argument 0): only
   * the values these keys name are inserted unescaped (`'0'` for the first of a list, a property name
   * for an object's field, `'this'` for the whole value); the rest are escaped.
   */
  rawValues?: (text: string) => string[];
  /**
   * The argument (`args`) holds the values a mysql-style formatter binds to `?` placeholders of the
   * query text (argument 0): each is escaped as text, except a plain object, which becomes
   * `` `key` = value, … `` (mysqljs/sqlstring `objectToValues`), so `WHERE token = ?` given
   * `{"token": 1}` turns into `` token = `token` = 1 ``, true for every row.
   */
  objectValues?: true;
  /**
   * A filter whose keys must come from the input (`where`, `{ ...where, active: true }`): only then are
   * other columns, relations and operators open to it; a value the code puts under a key of its own
   * (`{ number: body.number, shop: shopId }`) is compared on that column.
   */
  keyedFilter?: true;
  /** A raw piece of a query the calling function composes: reported there, never at its callers (CallSink.fragment). */
  fragment?: true;
  /** A template engine's template source (CallSink.template): reported by js/template-injection. */
  template?: true;
}

export interface ApiSanitizerRow {
  package: string;
  path: string;
  /** Set on the user's rows: where the row is in `.vouch.yml` and what it names, for findings. */
  model?: string;
  /** Which argument the result is a cleaned copy of. */
  arg?: number;
  kinds: SinkKind[];
}

export interface ApiSourceRow {
  package: string;
  path: string;
  /** Set on the user's rows: where the row is in `.vouch.yml` and what it names, for findings. */
  model?: string;
  /** How the finding names the source. */
  label?: string;
  /** The value may be an object the attacker built (NoSQL operators). */
  object?: boolean;
}

const SQL_METHODS = '*.{query,execute,unsafe}';
const PG_PROMISE_QUERIES = '*.{query,none,one,many,any,oneOrNone,manyOrNone,result,multi,each,map}';

/** pg-promise's named-placeholder brackets: `${x}`, `$(x)`, `$<x>`, `$[x]`, `$/x/`. */
const PG_PROMISE_CLOSERS: Record<string, string> = { '{': '}', '(': ')', '<': '>', '[': ']', '/': '/' };

/**
 * The values pg-promise inserts as they are: placeholders with the raw filter (`$2:raw`, `$2^`,
 * `${where:raw}`, `$<where^>`). Every other filter escapes (`$1`, `$1:name`, `$1~`, `$1:csv`, `$1#`).
 */
export function pgPromiseRawPlaceholders(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/\$(\d+)(?::raw\b|\^)/g)) keys.push(String(Number(m[1]) - 1));
  for (const m of text.matchAll(/\$([{(<[/])\s*([\w$.]+)\s*(?::raw\b|\^)\s*([})>\]/])/g)) {
    if (PG_PROMISE_CLOSERS[m[1]!] === m[3]) keys.push(m[2]!);
  }
  return keys;
}

/** Built-in rows: database drivers and ORMs whose text arguments are query languages. */
/** MikroORM's driver packages re-export its EntityManager and EntityRepository. */
const MIKRO_ORM_PACKAGES = ['@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/mariadb', '@mikro-orm/sqlite', '@mikro-orm/better-sqlite', '@mikro-orm/libsql', '@mikro-orm/mssql', '@mikro-orm/mongodb', '@mikro-orm/knex'];
/** Its methods that take a filter query. */
const MIKRO_FILTER_METHODS = '{find,findOne,findOneOrFail,findAndCount,findByCursor,count,nativeUpdate,nativeDelete}';

export const API_SINKS: ApiSinkRow[] = [
  // node-postgres, pg-promise, postgres.js, mysql, mysql2, mssql, oracledb
  ...['pg', 'pg-pool', 'mysql', 'mysql2', 'mysql2/promise', 'mssql', 'oracledb', '@databases/pg', '@vercel/postgres', '@neondatabase/serverless', 'postgres', 'tedious'].map(
    (p): ApiSinkRow => ({ package: p, path: SQL_METHODS, args: [0], kind: 'sql' })),
  // mysql / mysql2 text-protocol queries and their formatter expand an object bound to `?` into
  // `key = value` pairs. (mysql2's `execute()` sends a prepared statement's values in the binary
  // protocol, an object as one JSON value: not expanded.)
  ...['mysql', 'mysql2', 'mysql2/promise'].flatMap((p): ApiSinkRow[] => [
    { package: p, path: '*.query', args: [1], kind: 'sql', objectValues: true },
    { package: p, path: 'format', args: [1], kind: 'sql', objectValues: true },
  ]),
  { package: 'sqlstring', path: 'format', args: [1], kind: 'sql', objectValues: true },
  { package: 'pg-promise', path: PG_PROMISE_QUERIES, args: [0], kind: 'sql' },
  { package: 'pg-promise', path: PG_PROMISE_QUERIES, args: [1], kind: 'sql', rawValues: pgPromiseRawPlaceholders },
  // SQLite: the database's methods take SQL text; a prepared statement's `run/get/all` take parameters.
  { package: 'sqlite3', path: '*Database().{run,all,get,each,exec,prepare,map}', args: [0], kind: 'sql' },
  { package: 'sqlite', path: '*open().{run,all,get,each,exec,prepare}', args: [0], kind: 'sql' },
  { package: 'better-sqlite3', path: '*.{prepare,exec}', args: [0], kind: 'sql' },
  { package: 'sqlite', path: '*DatabaseSync().{prepare,exec}', args: [0], kind: 'sql' },
  { package: '@libsql/client', path: '*createClient().{execute,executeMultiple,batch}', args: [0], kind: 'sql' },
  // knex: raw fragments anywhere in a builder chain.
  { package: 'knex', path: '*.{raw,whereRaw,orWhereRaw,andWhereRaw,havingRaw,orHavingRaw,orderByRaw,groupByRaw,joinRaw,selectRaw,fromRaw,whereNotRaw}', args: [0], kind: 'sql' },
  // Sequelize; `literal(x)` is a raw piece of the query the calling function composes.
  ...['sequelize', '@sequelize/core'].flatMap((p): ApiSinkRow[] => [
    { package: p, path: '*.query', args: [0], kind: 'sql' },
    { package: p, path: '*.literal', args: [0], kind: 'sql', fragment: true },
  ]),
  // TypeORM data sources, managers and query runners.
  { package: 'typeorm', path: '*.query', args: [0], kind: 'sql' },
  // Its query builders paste the first argument into the statement: a where/having text, an ORDER
  // BY or GROUP BY expression, a selected column (values belong in `:name` parameters).
  { package: 'typeorm', path: '*createQueryBuilder().*.{where,andWhere,orWhere,having,andHaving,orHaving,orderBy,addOrderBy,groupBy,addGroupBy,select,addSelect}', args: [0], kind: 'sql' },
  // MikroORM: a filter object is compiled with its operators (`$ne`, `$like`, `$in`, relation paths
  // such as `{ owner: { passwordHash: { $like: 'a%' } } }`), so one taken whole from the request
  // selects what it likes. The entity manager takes (entity, where); a repository takes (where).
  // (Only a filter whose keys the input chose is reported: see keyedFilter.)
  ...MIKRO_ORM_PACKAGES.flatMap((p): ApiSinkRow[] => [
    { package: p, path: `*EntityManager().${MIKRO_FILTER_METHODS}`, args: [1], kind: 'nosql', keyedFilter: true },
    { package: p, path: `*EntityManager().fork().${MIKRO_FILTER_METHODS}`, args: [1], kind: 'nosql', keyedFilter: true },
    { package: p, path: `*MikroORM.init().em.${MIKRO_FILTER_METHODS}`, args: [1], kind: 'nosql', keyedFilter: true },
    { package: p, path: `*MikroORM.init().em.fork().${MIKRO_FILTER_METHODS}`, args: [1], kind: 'nosql', keyedFilter: true },
    { package: p, path: `*EntityManager().getRepository().${MIKRO_FILTER_METHODS}`, args: [0], kind: 'nosql', keyedFilter: true },
    { package: p, path: `*EntityRepository().${MIKRO_FILTER_METHODS}`, args: [0], kind: 'nosql', keyedFilter: true },
  ]),
  // NestJS's HTTP client (injected as `HttpService`, whatever the field is called) and the axios
  // instance under it: the first argument is the URL fetched (SSRF).
  { package: '@nestjs/axios', path: 'HttpService().{get,post,put,patch,delete,head,request,axiosRef.get,axiosRef.post,axiosRef.put,axiosRef.patch,axiosRef.delete,axiosRef.head,axiosRef.request}', args: [0], kind: 'ssrf' },
  // Statement-string databases: Cassandra CQL, Neo4j Cypher, DynamoDB PartiQL (the command's or
  // call's `Statement` field is the text; `Parameters` are bound, see taint/sinks.ts).
  { package: 'cassandra-driver', path: '*Client().{execute,eachRow,stream}', args: [0], kind: 'sql' },
  { package: 'neo4j-driver', path: '*.run', args: [0], kind: 'sql' },
  ...['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'].map(
    (p): ApiSinkRow => ({ package: p, path: '{ExecuteStatementCommand,ExecuteTransactionCommand,BatchExecuteStatementCommand}', args: [0], kind: 'sql' })),
  { package: '@aws-sdk/client-dynamodb', path: '*DynamoDB().executeStatement', args: [0], kind: 'sql' },
  { package: 'aws-sdk', path: '*DynamoDB().executeStatement', args: [0], kind: 'sql' },
  // expr-eval: a parser instance evaluates its expression language (`new Parser().evaluate(expr)`).
  { package: 'expr-eval', path: '*Parser().{evaluate,parse}', args: [0], kind: 'code' },
  // Template engines used through an instance (server-side template injection, js/template-injection):
  // the first argument is the template's source. (Module-level calls such as `ejs.render` are rows
  // of models/sinks.ts. LiquidJS is not here: its templates cannot reach JavaScript, and letting
  // users write them is what it is for.)
  { package: 'nunjucks', path: '{Environment(),configure()}.{renderString,compile}', args: [0], kind: 'code', template: true },
  { package: 'nunjucks', path: 'Template', args: [0], kind: 'code', template: true },
  { package: 'handlebars', path: 'create().{compile,precompile}', args: [0], kind: 'code', template: true },
  { package: 'eta', path: 'Eta().{renderString,renderStringAsync,compile}', args: [0], kind: 'code', template: true },
  { package: 'edge.js', path: '*.{renderRaw,renderRawSync}', args: [0], kind: 'code', template: true },
  // MongoDB driver and Mongoose: filters and pipelines.
  ...['mongodb', 'mongoose'].flatMap((p): ApiSinkRow[] => [
    { package: p, path: '*.{find,findOne,findOneAndUpdate,findOneAndDelete,findOneAndRemove,findOneAndReplace,update,updateOne,updateMany,deleteOne,deleteMany,countDocuments,count,remove,replaceOne,exists,where,findAndModify}', args: [0], kind: 'nosql' },
    // mapReduce's map and reduce functions are JavaScript run by the database.
    { package: p, path: '*.mapReduce', args: [0, 1], kind: 'nosql' },
    { package: p, path: '*.aggregate', args: [0], kind: 'nosql' },
    { package: p, path: '*.distinct', args: [1], kind: 'nosql' },
  ]),
  // sharp: `sharp(input)….toFile(path)` writes the image where the path says.
  { package: 'sharp', path: '*.toFile', args: [0], kind: 'path' },
  // Qwik City's request event (taint/qwik.ts): `html(status, markup)`, `redirect(status, url)`, and
  // the bodies of `json`, `send`, `text` and `html` answers.
  { package: '@builder.io/qwik-city', path: 'RequestEvent.html', args: [1], kind: 'xss' },
  { package: '@builder.io/qwik-city', path: 'RequestEvent.redirect', args: [1], kind: 'redirect' },
  { package: '@builder.io/qwik-city', path: 'RequestEvent.{json,send,text,html}', args: [1], kind: 'errorInfo' },
  // nodemailer: the message's `html` is rendered by the recipient's mail client.
  { package: 'nodemailer', path: '*createTransport().sendMail', args: [0], kind: 'xss', field: 'html' },
];

export const API_SANITIZERS: ApiSanitizerRow[] = [];
export const API_SOURCES: ApiSourceRow[] = [
  // Qwik City: the request event's `await parseBody()`, the submitted form or JSON body (taint/qwik.ts).
  { package: '@builder.io/qwik-city', path: 'RequestEvent.parseBody', label: 'parseBody()', object: true },
];

/** A row compiled for matching: the package and a regex over the path string. */
export interface CompiledRow<R> {
  row: R;
  package: string;
  path: RegExp;
}

/** `Pool().query` / `*.{query,execute}` → a regex over normalised path strings (`Pool().query`). */
export function pathPattern(path: string): RegExp {
  const norm = normalisePath(path);
  let re = '';
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    if (c === '*') {
      // `*.x` also matches `x` at the root; `a.*` also matches `a`.
      if (norm[i + 1] === '.') { re += '(?:.*\\.)?'; i++; } else if (re.endsWith('\\.')) { re = re.slice(0, -2) + '(?:\\..*)?'; } else re += '.*';
    } else if (c === '{') {
      const end = norm.indexOf('}', i);
      const alts = norm.slice(i + 1, end < 0 ? norm.length : end).split(',').map((a) => escapeRe(a.trim()));
      re += `(?:${alts.join('|')})`;
      i = end < 0 ? norm.length : end;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `default.x` and a leading `.` name the module itself: `x`. `Client#query` (an instance's method,
 * as in CodeQL and TypeScript docs) and `Client.prototype.query` are `Client().query`.
 */
export function normalisePath(path: string): string {
  let p = path.trim().replace(/\.prototype(\.|$)/g, '#$1').replace(/#\.?/g, '().').replace(/\(\)\.$/, '()').replace(/^\.+/, '');
  if (p === 'default') return '';
  if (p.startsWith('default.')) p = p.slice(8);
  if (p.startsWith('default()')) p = p.slice(7);
  return p;
}

/** `./src/db.js` and `src/db` name the same project file; packages stay as written. */
export function normalisePackage(pkg: string): string {
  const p = pkg.trim().replace(/^node:/, '');
  if (!p.startsWith('.') && !p.startsWith('/') && !/\.(m|c)?[jt]sx?$/.test(p)) return p;
  return p.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\.(m|c)?[jt]sx?$/, '').replace(/\/index$/, '');
}

export function compile<R extends { package: string; path: string }>(rows: R[]): CompiledRow<R>[] {
  return rows.map((row) => ({ row, package: normalisePackage(row.package), path: pathPattern(row.path) }));
}

/** The user's `models:` section of `.vouch.yml`, as validated by `modelsConfigSchema`. */
export interface ModelsConfig {
  sources?: { package: string; path: string; label?: string; object?: boolean }[];
  sinks?: { package: string; path: string; argument?: number | number[]; kind: SinkKind }[];
  sanitizers?: { package: string; path: string; argument?: number; kinds: SinkKind[] }[];
}

/** Every model the engine matches: built-in rows plus the user's. */
export interface ApiModels {
  sinks: CompiledRow<ApiSinkRow>[];
  sanitizers: CompiledRow<ApiSanitizerRow>[];
  sources: CompiledRow<ApiSourceRow>[];
}

let builtIn: ApiModels | undefined;
const cache = new Map<string, ApiModels>();

export function apiModels(user?: ModelsConfig): ApiModels {
  builtIn ??= { sinks: compile(API_SINKS), sanitizers: compile(API_SANITIZERS), sources: compile(API_SOURCES) };
  if (!user || (!user.sinks?.length && !user.sanitizers?.length && !user.sources?.length)) return builtIn;
  const key = JSON.stringify(user);
  const hit = cache.get(key);
  if (hit) return hit;
  const named = (section: string, i: number, s: { package: string; path: string }) => `models.${section}.${i} (${s.package} ${s.path})`;
  const out: ApiModels = {
    sinks: [...compile((user.sinks ?? []).map((s, i) => ({ package: s.package, path: s.path, kind: s.kind, args: Array.isArray(s.argument) ? s.argument : [s.argument ?? 0], model: named('sinks', i, s) }))), ...builtIn.sinks],
    sanitizers: [...compile((user.sanitizers ?? []).map((s, i) => ({ package: s.package, path: s.path, kinds: s.kinds, ...(s.argument !== undefined ? { arg: s.argument } : {}), model: named('sanitizers', i, s) }))), ...builtIn.sanitizers],
    sources: [...compile((user.sources ?? []).map((s, i) => ({ package: s.package, path: s.path, ...(s.label ? { label: s.label } : {}), ...(s.object !== undefined ? { object: s.object } : {}), model: named('sources', i, s) }))), ...builtIn.sources],
  };
  cache.set(key, out);
  return out;
}

/** The module id of a project file that a row of `models` names (`src/lib/db.js` → `src/lib/db`), if any. */
export function modelledModule(models: ApiModels, filePath: string): string | undefined {
  const id = normalisePackage(`./${filePath}`);
  const named = (rows: CompiledRow<unknown>[]) => rows.some((r) => r.package === id);
  return named(models.sinks) || named(models.sanitizers) || named(models.sources) ? id : undefined;
}

/** Split an API string (`pg:Pool().query`) into its package and path. */
export function splitApi(api: string): { pkg: string; path: string } {
  const i = api.indexOf('|');
  return i < 0 ? { pkg: api, path: '' } : { pkg: api.slice(0, i), path: api.slice(i + 1) };
}

export function matchRows<R>(rows: CompiledRow<R>[], api: string | undefined): R[] {
  if (!api) return [];
  const { pkg, path } = splitApi(api);
  const out: R[] = [];
  for (const r of rows) if (r.package === pkg && r.path.test(path)) out.push(r.row);
  return out;
}

export function kindsMask(kinds: SinkKind[]): number {
  return mask(...kinds.filter((k) => k in SINK_KINDS));
}

/** JSON Schema of `models:` in `.vouch.yml`. */
export function modelsConfigSchema(kinds: readonly string[]) {
  const common = {
    package: { type: 'string', minLength: 1, description: 'npm package (`pg`, `@acme/db`) or project file (`src/lib/db.js`)' },
    path: {
      type: 'string', minLength: 1,
      // Names, `.`, `#`, `()`, `*` and `{a,b}` alternatives: nothing else is meaningful in a path.
      pattern: '^[\\w$@#.*(){}, -]+$',
      description: 'access path below the export: `default`, `Client#query`, `createPool().query`, `*.raw`, `cleanHtml`',
    },
  };
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      sources: {
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: ['package', 'path'], properties: { ...common, label: { type: 'string' }, object: { type: 'boolean' } } },
      },
      sinks: {
        type: 'array',
        items: {
          type: 'object', additionalProperties: false, required: ['package', 'path', 'kind'],
          properties: {
            ...common,
            argument: { anyOf: [{ type: 'integer', minimum: -1 }, { type: 'array', items: { type: 'integer', minimum: -1 }, minItems: 1 }] },
            kind: { enum: [...kinds] },
          },
        },
      },
      sanitizers: {
        type: 'array',
        items: {
          type: 'object', additionalProperties: false, required: ['package', 'path', 'kinds'],
          properties: { ...common, argument: { type: 'integer', minimum: 0 }, kinds: { type: 'array', minItems: 1, items: { enum: [...kinds] } } },
        },
      },
    },
  } as const;
}
