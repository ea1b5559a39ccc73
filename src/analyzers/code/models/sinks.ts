/**
 * Sinks: calls and assignments where tainted data becomes dangerous, as rows of data. Adding a
 * library is adding a row here (with a fixture line in the rule's fixture file), never engine code.
 */
import type { Node } from '../frontend/js/ast.js';
import { isFunction, memberPath, objectProperty, stringValue, unwrap } from '../frontend/js/ast.js';
import type { SinkKind, Value } from '../taint/values.js';
import type { SinkSite } from '../taint/summaries.js';
import { regexComplexity } from '../frontend/js/regex.js';

/** A logger made by a logging package (`winston.createLogger()`, `log4js.getLogger()`, `pino().child()`): its API path. */
const LOGGER_API = /^(winston|pino|bunyan|log4js|loglevel|signale|consola|npmlog|tslog)\|/;

export interface CallSite {
  call: Node;
  /** Qualified callee name (`child_process.exec`, `db.query`, `res.send`). */
  name: string;
  /** Last segment of the callee (`query`). */
  method: string;
  /** Source text path of the receiver, if any (`db`, `this.pool`, `res.status()`). */
  receiver?: string;
  receiverNode?: Node;
  args: Node[];
  argValues: Value[];
  receiverValue?: Value;
  /** The callee's API path (`pg|Pool().query`), when known: see models/apis.ts. */
  api?: string;
  /** Another file's call this site stands for (a router factory's `inventory.list(x)`): where a pass-through sink is reported. */
  at?: SinkSite;
  /** The response was declared HTML by an earlier statement on every path (`reply.type('text/html')`). */
  htmlDeclared?: boolean;
  /** A process call's argument list, element by element, when it can be read (taint/arrays.ts). */
  list?: { elements: (Node | null)[]; maybe: Map<Node, Node> };
  /** The call is in a method of a logger class (one with `info`/`warn`/`error`… methods): its own output. */
  inLogger?: boolean;
  /** The callee is a function of the project (`this.run` of its own class): its summary says what it does. */
  localFn?: boolean;
}

/**
 * Action decorators that make a controller method's returned string the HTML response body
 * (routing-controllers and Ts.ED `@ContentType('text/html')`; NestJS, routing-controllers and Ts.ED
 * `@Header('Content-Type', 'text/html')`), by the module they must come from.
 */
export const HTML_RESPONSE_DECORATORS: Record<string, { modules: RegExp; headerName?: boolean }> = {
  // (Ts.ED's come from @tsed/schema, re-exported by @tsed/common.)
  ContentType: { modules: /^(routing-controllers|@tsed\/schema|@tsed\/common)$/ },
  Header: { modules: /^(@nestjs\/common|routing-controllers|@tsed\/schema|@tsed\/common)$/, headerName: true },
};

export interface CallSink {
  kind: SinkKind;
  /** Matches the qualified callee name. */
  callee: RegExp;
  /** Argument positions that are dangerous; `-1` means the last argument. */
  args: number[];
  /** Further conditions on the call site. */
  when?: (site: CallSite) => boolean;
  /** The dangerous value is this property of an object argument (`writeHead(302, { Location })`). */
  field?: RegExp;
  /** The dangerous value must also look like this (constant text of the built string). */
  text?: RegExp;
  /** How the finding names the sink. */
  label?: (site: CallSite) => string;
  /**
   * Only the receiver's name says what it is (`db`, `pool`, `User`): a low-confidence fallback,
   * used when no API path (models/apis.ts) identified the call.
   */
  heuristic?: true;
  /** The dangerous value is the receiver (`input.replace(re, …)`), not an argument. */
  receiver?: boolean;
  /** A framework's way around its own escaping (`angular`): reported by that framework's rule. */
  framework?: string;
  /**
   * A navigable URL (`javascript:` runs, or an OS protocol handler opens it): a constant `https://`,
   * `/` or `#` start, a check that proved one (URL_SAFE_START), or the page's own URL keeps it safe.
   */
  url?: true;
  /** With `text`: also dangerous when the visitor decides how the value starts (no constant start, not a whole URL read). */
  leading?: true;
  /**
   * The argument is a raw piece of a query the calling function composes (`Prisma.raw(column)`
   * inside its `Prisma.sql` template): a parameter that reaches it is that function's flaw, reported
   * at this call, not at callers that merely pass the value on.
   */
  fragment?: true;
  /**
   * The argument is a template engine's template source (`ejs.render(text)`, `pug.compile(text)`):
   * input there is server-side template injection, reported by js/template-injection (not
   * js/code-injection, which keeps `eval`, `Function`, `vm` and the like).
   */
  template?: true;
}

const SQL_TEXT = /\b(select\s[\s\S]*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|where\s|order\s+by|group\s+by|values\s*\(|create\s+table|drop\s+table|alter\s+table|limit\s+\d*|union\s+select|join\s)/i;
const DB_RECEIVER = /(^|\.|_)(db|database|pool|conn|connection|client|sql|mysql|pg|postgres|knex|sequelize|prisma|tx|trx|transaction|sqlite|dataSource|datasource|manager|entityManager|repo|repository|queryRunner|em)(\(\))?$/i;

export const SQL_TEXT_PATTERN = SQL_TEXT;

function receiverIsDb(site: CallSite): boolean {
  return !!site.receiver && DB_RECEIVER.test(site.receiver);
}

/**
 * `spawnSync(process.execPath, ['-'], { input: script })`: Node with `-` (or no arguments at all) runs
 * the program it reads from standard input, so the `input` option is JavaScript source.
 */
function nodeReadsProgramFromStdin(site: CallSite): boolean {
  const program = site.args[0] && unwrap(site.args[0]);
  if (!program || !(memberPath(program) === 'process.execPath' || stringValue(program) === 'node')) return false;
  const list = site.args[1] && unwrap(site.args[1]);
  return list?.type === 'ArrayExpression' && (list.elements.length === 0 || (list.elements.length === 1 && stringValue(list.elements[0]) === '-'));
}

function shellOption(site: CallSite): boolean {
  for (const a of site.args) {
    const shell = objectProperty(a, 'shell');
    if (shell) {
      const s = unwrap(shell);
      return !(s.type === 'Literal' && (s.value === false || s.value === null));
    }
  }
  return false;
}

const HTML_TEXT = /<[a-z!/]/i;

/** `Prisma.raw` known by where it came from (a project file re-exporting `@prisma/client`'s `Prisma`). */
const PRISMA_RAW_API = /^@prisma\/client\|Prisma\.raw$/;

export const CALL_SINKS: CallSink[] = [
  // ── SQL (CWE-89) ────────────────────────────────────────────────────────────
  { kind: 'sql', callee: /(^|\.)\$(queryRawUnsafe|executeRawUnsafe)$/, args: [0] },
  // Prisma's $queryRaw is safe only as a tagged template; called with a built string it is not.
  { kind: 'sql', callee: /(^|\.)\$(queryRaw|executeRaw)$/, args: [0] },
  // Sequelize.literal / sequelize.literal: raw SQL inside a query object.
  { kind: 'sql', callee: /(^|\.)literal$/, args: [0], fragment: true, when: (s) => /(^|\.)(sequelize|Sequelize|db|Op)$/.test(s.receiver ?? '') || /^sequelize\./.test(s.name) },
  { kind: 'sql', callee: /(^|\.)(whereRaw|orWhereRaw|andWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|selectRaw|fromRaw)$/, args: [0] },
  // AdonisJS Lucid: `db.rawQuery(sql, bindings)`.
  { kind: 'sql', callee: /(^|\.)(rawQuery|knexRawQuery)$/, args: [0] },
  // Sails / Waterline: `sails.sendNativeQuery(sql, params)`, `Model.getDatastore().sendNativeQuery(…)` (values bound as `$1`).
  { kind: 'sql', callee: /(^|\.)sendNativeQuery$/, args: [0] },
  // Prisma.raw(x): text spliced unescaped into a Prisma.sql / $queryRaw template.
  // (Also through a project module that re-exports it, as RedwoodJS's `export { Prisma } from '@prisma/client'` in `src/lib/db`.)
  { kind: 'sql', callee: /(^|\.)Prisma\.raw$/, args: [0], fragment: true, when: (s) => s.name === '@prisma/client.Prisma.raw' || PRISMA_RAW_API.test(s.api ?? '') },
  // Kysely's sql.raw(x): text spliced unescaped into the builder's query (`.orderBy(sql.raw(order))`).
  { kind: 'sql', callee: /^kysely\.sql\.raw$/, args: [0], fragment: true },
  // Kysely's CompiledQuery.raw(sql, parameters): a whole query run as written by `db.executeQuery(…)`;
  // only the `parameters` list is bound.
  { kind: 'sql', callee: /^kysely\.CompiledQuery\.raw$/, args: [0] },
  // Drizzle's sql.raw(x): the same, inside a sql`…` template or a .where()/.orderBy().
  { kind: 'sql', callee: /^drizzle-orm(\/[\w-]+)*\.sql\.raw$/, args: [0], fragment: true },
  { kind: 'sql', callee: /(^|\.)raw$/, args: [0], when: (s) => !/^(@prisma\/client\.Prisma|kysely\.sql|drizzle-orm(\/[\w-]+)*\.sql)\.raw$/.test(s.name) && !PRISMA_RAW_API.test(s.api ?? '') && (receiverIsDb(s) || /knex|sequelize|sql|Prisma|db/i.test(s.receiver ?? '')), heuristic: true },
  { kind: 'sql', callee: /(^|\.)(query|execute|unsafe)$/, args: [0], when: (s) => receiverIsDb(s), heuristic: true },
  { kind: 'sql', callee: /(^|\.)(query|execute|exec|prepare|run|all|get|each|queryOne|queryAll|many|one|none|any|oneOrNone|manyOrNone|result|sql)$/, args: [0], text: SQL_TEXT,
    when: (s) => !/^(res|response|reply|app|router|req|request|ctx|map|cache|params|searchParams|headers|url|location|window|document|localStorage|sessionStorage|axios|http|fetch|cp|child_process)\b/.test(s.receiver ?? '') },
  // TypeORM / Sequelize / Knex query builders given raw fragments.
  { kind: 'sql', callee: /(^|\.)(where|andWhere|orWhere|having|andHaving|orHaving|orderBy|addOrderBy|select|addSelect|innerJoin|leftJoin|setParameter)$/, args: [0], text: SQL_TEXT,
    when: (s) => /createQueryBuilder|QueryBuilder|qb|builder/i.test(s.receiver ?? '') },
  { kind: 'sql', callee: /(^|\.)(where|andWhere|orWhere|having)$/, args: [0],
    when: (s) => /createQueryBuilder|QueryBuilder|qb\b|builder/i.test(s.receiver ?? '') },
  // A TypeORM builder whose origin is not traced (an entity's static `Post.createQueryBuilder()`):
  // ORDER BY and GROUP BY text pasted in whole. (Traced builders are rows in models/apis.ts.)
  { kind: 'sql', callee: /(^|\.)(orderBy|addOrderBy|groupBy|addGroupBy)$/, args: [0], heuristic: true,
    when: (s) => /(^|\.)createQueryBuilder\(\)/.test(s.receiver ?? '') },

  // ── NoSQL (CWE-943) ─────────────────────────────────────────────────────────
  // `update`/`findAndModify` with `multi: true` rewrite every document an injected `{ $ne: null }` selects.
  { kind: 'nosql', callee: /(^|\.)(find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndRemove|findOneAndReplace|update|updateOne|updateMany|deleteOne|deleteMany|countDocuments|count|remove|replaceOne|exists|distinct|where|findAndModify)$/, args: [0],
    when: (s) => isMongoReceiver(s), heuristic: true },
  { kind: 'nosql', callee: /(^|\.)aggregate$/, args: [0], when: (s) => isMongoReceiver(s), heuristic: true },
  // Meteor 3 collections' async methods (`Links.findOneAsync(selector)`, `updateAsync(selector, modifier)`).
  { kind: 'nosql', callee: /(^|\.)(findOneAsync|updateAsync|removeAsync|upsertAsync)$/, args: [0], when: (s) => isMongoReceiver(s), heuristic: true },
  { kind: 'nosql', callee: /(^|\.)distinct$/, args: [1], when: (s) => isMongoReceiver(s), heuristic: true },
  // mapReduce's map and reduce functions are JavaScript text run by the database.
  { kind: 'nosql', callee: /(^|\.)mapReduce$/, args: [0, 1], when: (s) => isMongoReceiver(s), heuristic: true },
  // LoopBack's juggler DataSource over the MongoDB connector: `dataSource.execute('Event', 'find', filter, options)`
  // runs the collection method named by the second argument with the rest; the third is its filter.
  { kind: 'nosql', callee: /(^|\.)execute$/, args: [2], when: (s) => receiverIsDb(s) && connectorCollectionCommand(s), heuristic: true },

  // ── Command injection (CWE-78) ──────────────────────────────────────────────
  { kind: 'command', callee: /^child_process\.(exec|execSync)$/, args: [0] },
  { kind: 'command', callee: /^child_process\.(spawn|spawnSync|execFile|execFileSync|fork)$/, args: [0] },
  { kind: 'command', callee: /^child_process\.(spawn|spawnSync|execFile|execFileSync)$/, args: [1], when: shellOption },
  { kind: 'code', callee: /^child_process\.(spawnSync|execFileSync)$/, args: [2], field: /^input$/, when: nodeReadsProgramFromStdin },
  { kind: 'command', callee: /^(execa|execa\.execa|execa\.command|execa\.execaCommand|execa\.execaCommandSync|execa\.commandSync|execa\.execaSync)$/, args: [0] },
  { kind: 'command', callee: /^shelljs\.exec$/, args: [0] },
  // spawn('sh', ['-c', cmd]) runs a shell whatever the `shell` option says: see shellCommandIndex.
  { kind: 'command', callee: /^(cross-spawn|cross-spawn\.sync)$/, args: [0] },
  // Electron's shell hands a URL to the OS: `file:`, `smb:`, `ms-msdt:`… launch programs, so only a
  // proved web or mail start (a constant `https://`, a protocol allowlist) keeps it safe.
  { kind: 'command', callee: /^electron\.shell\.openExternal$/, args: [0], url: true },
  // openPath (openItem before Electron 9) opens a file with its default app: an executable runs.
  { kind: 'command', callee: /^electron\.shell\.(openPath|openItem)$/, args: [0] },

  // ── Path traversal (CWE-22) ─────────────────────────────────────────────────
  { kind: 'path', callee: /^(fs|fs\/promises|fs\.promises|fs-extra|graceful-fs)\.(readFile|readFileSync|createReadStream|writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|readdir|readdirSync|stat|statSync|lstat|access|accessSync|existsSync|open|openSync|mkdir|mkdirSync|readJson|readJsonSync|outputFile|remove|truncate)$/, args: [0] },
  { kind: 'path', callee: /^(fs|fs\/promises|fs\.promises|fs-extra)\.(copyFile|copyFileSync|rename|renameSync|copy|move|symlink|link)$/, args: [0, 1] },
  { kind: 'path', callee: /^(fs\.promises|fs\/promises)\.\w+$/, args: [0], when: (s) => /^(readFile|writeFile|appendFile|unlink|rm|readdir|stat|open|mkdir)$/.test(s.method) },
  // (Not Fastify's `reply.sendFile`/`reply.download` (@fastify/static): they always serve from a root,
  // and `send` refuses names that climb out of it.)
  { kind: 'path', callee: /(^|\.)(sendFile|download)$/, args: [0], when: (s) => isResponse(s) && !hasRootOption(s) && !/^reply\b/.test(s.receiver ?? '') },
  { kind: 'path', callee: /^(send|koa-send|@koa\/send)$/, args: [1], when: (s) => !hasRootOption(s) },
  // express-fileupload: `file.mv(dest[, cb])` moves the upload to `dest` (the receiver is an upload, or a function's parameter given one).
  { kind: 'path', callee: /(^|\.)mv$/, args: [0], when: (s) => s.args.length <= 2 && !!s.receiverValue?.taints.some((t) => t.param !== undefined || /(^|\.)files?$/.test(t.source?.label ?? '')) },
  // AdonisJS: `file.move(dir, { name })` moves an upload (`request.file(…)`, a `vine.file()` field of `request.validateUsing(…)`) into `dir`.
  { kind: 'path', callee: /(^|\.)move$/, args: [0], when: (s) => s.args.length <= 2 && isAdonisUpload(s.receiverValue) },

  // Bun's file API: `Bun.file(path)` opens (and, passed to a Response, serves) a file; `Bun.write(path, data)` writes one.
  { kind: 'path', callee: /^Bun\.(file|write)$/, args: [0] },

  // require() of a file path built from a folder (`require(path.join(dir, name))`, `require(\`./plugins/${name}\`)`):
  // the user's part climbs out of that folder and loads any file on the host (CWE-22).
  { kind: 'path', callee: /^require$/, args: [0], when: requiresFilePath },

  // ── Code injection (CWE-94/95) ──────────────────────────────────────────────
  // require()/import() of a user-chosen module runs that module's code.
  { kind: 'code', callee: /^require$/, args: [0], when: (s) => !requiresFilePath(s) },
  { kind: 'code', callee: /^(eval|window\.eval|globalThis\.eval)$/, args: [0] },
  { kind: 'code', callee: /^(Function|window\.Function)$/, args: [0, 1, 2, 3, -1] },
  { kind: 'code', callee: /^vm\.(runInNewContext|runInThisContext|runInContext|compileFunction|Script)$/, args: [0] },
  { kind: 'code', callee: /^(setTimeout|setInterval|setImmediate|window\.setTimeout|window\.setInterval)$/, args: [0],
    when: (s) => { const a = s.args[0] && unwrap(s.args[0]); return !!a && a.type !== 'ArrowFunctionExpression' && a.type !== 'FunctionExpression'; } },
  // vm2/NodeVM instances (`const vm = new VM(); vm.run(code)`): the sandbox has known escapes.
  { kind: 'code', callee: /(^|\.)run$/, args: [0], when: (s) => /^(this\.)?\w*(vm|sandbox)\w*$/i.test(s.receiver ?? '') || /^vm2\.(VM|NodeVM)/.test(s.name) },
  // "Safe" evaluators are not sandboxes for attacker text: safe-eval, notevil and static-eval
  // all have published escapes, and an expression language still reads and calls what it is given.
  { kind: 'code', callee: /^(safe-eval|notevil|notevil\.safeEval|static-eval|eval5|expr-eval\.Parser\.(evaluate|parse))$/, args: [0] },
  // mathjs's `evaluate` (v6+) runs a sandboxed expression language; its old `eval` spelling means a
  // pre-6 release, the line with published sandbox escapes.
  { kind: 'code', callee: /^(mathjs|math)\.eval$/, args: [0] },
  { kind: 'code', callee: /(^|\.)eval$/, args: [0], when: (s) => /^mathjs\.create\(/.test(s.name) || /^(math|mathjs|this\.math)$/.test(s.receiver ?? '') },

  // ── Server-side template injection (CWE-1336): the user writes the template itself ──
  // (Kind `code`, so what clears code clears these too; reported by js/template-injection.)
  { kind: 'code', template: true, callee: /^(ejs|pug|jade|handlebars|Handlebars|nunjucks|mustache|dot|doT|eta|lodash|lodash-es|_|underscore)\.(render|compile|renderString|compileString|template)$/, args: [0] },
  { kind: 'code', template: true, callee: /^(lodash\.template|lodash\/template)$/, args: [0] },

  // ── XSS (CWE-79) ────────────────────────────────────────────────────────────
  // Express and Next send strings as text/html; Fastify's reply sends them as text/plain (an HTML
  // type set on the reply is the row further down).
  { kind: 'xss', callee: /(^|\.)(send|sendRaw|write|end)$/, args: [0], when: (s) => isResponse(s) && !/^reply\b/.test(s.receiver ?? '') && !statusFirst(s) },
  // Restify's `res.send(code, body[, headers])` / `res.sendRaw(code, body[, headers])`, Express 4's deprecated `res.send(status, body)`.
  { kind: 'xss', callee: /(^|\.)(send|sendRaw)$/, args: [1], when: (s) => isResponse(s) && !/^reply\b/.test(s.receiver ?? '') && statusFirst(s) },
  { kind: 'xss', callee: /^(document\.write|document\.writeln|window\.document\.write)$/, args: [0] },
  { kind: 'xss', callee: /(^|\.)insertAdjacentHTML$/, args: [1] },
  { kind: 'xss', callee: /(^|\.)(html|append|prepend|after|before|replaceWith)$/, args: [0], when: (s) => jqueryReceiver(s) },
  // Blaze: a helper returning `new Spacebars.SafeString(html)` is written unescaped, even by `{{ }}`.
  { kind: 'xss', callee: /^(meteor\/spacebars\.)?Spacebars\.SafeString$/, args: [0] },
  // jQuery builds elements from a string that starts with `<`: one whose start the visitor wrote is theirs to choose.
  { kind: 'xss', callee: /^(\$|jQuery)$/, args: [0], text: HTML_TEXT, leading: true },
  // Angular's DomSanitizer: the bypass marks a value as safe HTML/URL/script/style, and bindings then skip sanitising it.
  { kind: 'xss', callee: /(^|\.)bypassSecurityTrust(Html|Script|Style|Url|ResourceUrl)$/, args: [0], framework: 'angular' },
  // Attributes that navigate (`javascript:` URLs run when clicked or submitted) or hold a document.
  { kind: 'xss', callee: /(^|\.)(setAttribute|attr)$/, args: [1], url: true, when: (s) => /^(href|action|formaction|xlink:href)$/i.test(stringArg(s, 0)) && (s.method === 'setAttribute' || jqueryReceiver(s)) },
  { kind: 'xss', callee: /(^|\.)(setAttribute|attr)$/, args: [1], when: (s) => /^srcdoc$/i.test(stringArg(s, 0)) && (s.method === 'setAttribute' || jqueryReceiver(s)) },
  // Renderer2.setProperty(el, 'innerHTML', x) is innerHTML by another name.
  { kind: 'xss', callee: /(^|\.)setProperty$/, args: [2], when: (s) => /^(innerHTML|outerHTML|srcdoc)$/.test(stringArg(s, 1)) },
  { kind: 'xss', callee: /(^|\.)(createContextualFragment|parseFromString)$/, args: [0], when: (s) => s.method === 'createContextualFragment' },
  { kind: 'xss', callee: /^(h|reply|h\.response)\.response$/, args: [0] },
  // Hono's `c.html(text)` answers with text/html (its `html` template tag escapes what it embeds).
  { kind: 'xss', callee: /(^|\.)html$/, args: [0], when: (s) => isHonoContext(s) },
  { kind: 'xss', callee: /^(Response|NextResponse|next\/server\.NextResponse)$/, args: [0], when: (s) => /text\/html/i.test(JSON.stringify(literalStrings(s.args[1]))) || htmlInit(s.argValues[1]) },
  { kind: 'xss', callee: /(^|\.)(send)$/, args: [0], when: (s) => /^reply\b/.test(s.receiver ?? '') && (s.htmlDeclared || chainDeclaresHtml(s.receiverNode)) },

  // ── SSRF (CWE-918) ──────────────────────────────────────────────────────────
  { kind: 'ssrf', callee: /^(fetch|window\.fetch|globalThis\.fetch|node-fetch|undici\.fetch|undici\.request|cross-fetch|isomorphic-fetch)$/, args: [0] },
  { kind: 'ssrf', callee: /^(axios|axios\.(get|post|put|patch|delete|head|options|request)|got|got\.(get|post|put|patch|delete|head|stream)|superagent|superagent\.(get|post|put|delete)|needle\.(get|post|put|patch|delete|head)|request|request\.(get|post)|ky|ky\.(get|post)|phin|bent)$/, args: [0] },
  // needle(method, url, …) and needle.request(method, url, …): the URL comes second.
  { kind: 'ssrf', callee: /^(needle|needle\.request)$/, args: [1] },
  { kind: 'ssrf', callee: /^(http|https)\.(get|request)$/, args: [0] },
  // ofetch, and `$fetch` (ofetch's instance that Nuxt and Nitro make global): a `baseURL` option is
  // joined in front of the request, so the host stays fixed.
  { kind: 'ssrf', callee: /^(\$fetch|ofetch(\.ofetch|\.\$fetch)?)(\.raw|\.native)?$/, args: [0], when: (s) => !objectProperty(s.args[1], 'baseURL') },
  { kind: 'ssrf', callee: /(^|\.)(get|post|put|patch|delete|head|request)$/, args: [0], when: (s) => /^(axios|this\.http|this\.httpService|httpService|http|client|apiClient|instance|api)$/i.test(s.receiver ?? '') && s.name.split('.')[0] !== 'app' },

  // ── Open redirect (CWE-601) ─────────────────────────────────────────────────
  // (Express takes `redirect([status,] url)`; Hono `c.redirect(url[, status])`: the row below.)
  { kind: 'redirect', callee: /(^|\.)redirect$/, args: [-1], when: (s) => serverRedirect(s) && !trailingCallback(s) },
  // Restify takes `res.redirect([code,] url, next)`: the callback comes after the target.
  { kind: 'redirect', callee: /(^|\.)redirect$/, args: [-2], when: (s) => serverRedirect(s) && trailingCallback(s) },
  // Fastify 5 takes `reply.redirect(url, code)` (Express 4 still accepts `res.redirect(url, status)`):
  // a status number last leaves the URL first.
  { kind: 'redirect', callee: /(^|\.)redirect$/, args: [0], when: (s) => s.args.length === 2 && numberLiteral(s.args[1]) && serverRedirect(s) },
  // The fetch API's static `Response.redirect(url, status)` and Next.js `NextResponse.redirect(url, init)`: the URL comes first.
  { kind: 'redirect', callee: /(^|\.)redirect$/, args: [0], when: fetchResponseRedirect },
  { kind: 'redirect', callee: /(^|\.)redirect$/, args: [0], when: (s) => isHonoContext(s) },
  // h3 (Nuxt, Nitro): `sendRedirect(event, location, code)`.
  { kind: 'redirect', callee: /^(h3\.)?sendRedirect$/, args: [1] },
  // Vinxi's `sendRedirect([event,] location, code)`: the event may be left out (async context).
  { kind: 'redirect', callee: /^vinxi\/http\.sendRedirect$/, args: [0], when: (s) => s.args.length === 1 || (s.args.length === 2 && numberLiteral(s.args[1])) },
  { kind: 'redirect', callee: /^vinxi\/http\.sendRedirect$/, args: [1], when: (s) => s.args.length === 3 || (s.args.length === 2 && !numberLiteral(s.args[1])) },
  // Solid Router (SolidStart): `redirect(url, init)` thrown or returned by a server function or an API route.
  { kind: 'redirect', callee: /^@solidjs\/router\.redirect$/, args: [0] },
  // Egg.js: `ctx.unsafeRedirect(url)` skips egg-security's domain white list (`ctx.redirect` keeps it).
  { kind: 'redirect', callee: /(^|\.)ctx\.unsafeRedirect$/, args: [0] },
  // Egg.js: `ctx.curl(url)` / `app.curl(url)` (its HttpClient) and egg-view's `ctx.renderString(template)`.
  { kind: 'ssrf', callee: /(^|\.)(ctx|app)\.curl$/, args: [0] },
  { kind: 'code', template: true, callee: /(^|\.)ctx\.renderString$/, args: [0] },
  { kind: 'redirect', callee: /(^|\.)location$/, args: [0], when: (s) => isResponse(s) },
  { kind: 'redirect', callee: /(^|\.)(setHeader|set|header|append)$/, args: [1], when: (s) => isResponse(s) && /^location$/i.test(stringArg(s, 0)) },
  { kind: 'redirect', callee: /(^|\.)writeHead$/, args: [1, 2], field: /^location$/i, when: (s) => isResponse(s) },
  { kind: 'redirect', callee: /^(window\.location|location|document\.location|window\.top\.location)\.(assign|replace)$/, args: [0] },
  { kind: 'redirect', callee: /^(window\.open)$/, args: [0] },

  // ── Prototype pollution (CWE-1321) ──────────────────────────────────────────
  { kind: 'prototype', callee: /^(lodash|_|lodash-es|underscore)\.(merge|mergeWith|defaultsDeep|set|setWith|zipObjectDeep)$/, args: [1, 2] },
  { kind: 'prototype', callee: /^(lodash\.merge|lodash\.mergewith|lodash\.defaultsdeep|lodash\.set|dot-prop\.setProperty|dot-prop|set-value|deepmerge|merge-deep|mixin-deep|deep-extend|object-path\.set)$/, args: [1, 2] },
  { kind: 'prototype', callee: /^(\$|jquery|jQuery)\.extend$/, args: [2, 3], when: (s) => { const a = s.args[0] && unwrap(s.args[0]); return !!a && a.type === 'Literal' && a.value === true; } },

  // ── Unsafe deserialization (CWE-502) ────────────────────────────────────────
  { kind: 'deserialization', callee: /^(node-serialize\.unserialize|serialize-to-js\.deserialize|funcster\.deepDeserialize|cryo\.parse)$/, args: [0] },
  // js-yaml < 4 `load` runs `!!js/function` tags; a restricted schema (JSON/CORE/FAILSAFE) is safe.
  { kind: 'deserialization', callee: /^(js-yaml\.load|js-yaml\.loadAll|yaml\.load|js-yaml\.unsafeLoad)$/, args: [0],
    when: (s) => { const schema = objectProperty(s.args[1], 'schema'); return !schema || /FULL|js-types|jsTypes/i.test(JSON.stringify(schema)); } },

  // ── ReDoS via user-built RegExp (CWE-1333) ──────────────────────────────────
  { kind: 'regex', callee: /^(RegExp|new RegExp)$/, args: [0] },
  // str.match(s) / str.search(s) compile a string argument into a RegExp. A receiver carrying data
  // (input, or a parameter itself) may be that string; a field of an object parameter
  // (`container.userService.search(q)`) or one named as a service (`userService.search(q)`,
  // `searchIndex.search(q)`) is most likely an object with its own `search`.
  // (An object literal argument is no pattern: `products.search({ term: q })` is a service's method.)
  { kind: 'regex', callee: /(^|\.)(match|matchAll|search)$/, args: [0],
    when: (s) => s.args[0]?.type !== 'ObjectExpression' && (!!s.receiverValue?.stringy
      || (!!s.receiverValue && s.receiverValue.taints.some((t) => t.source !== undefined || t.path.length === 0) && !OBJECT_NAMED.test(s.receiver ?? ''))
      || /(^|\.)(str|string|text|name|value|input|line|title|sku|path|url|email|query|content|body|label)$/i.test(s.receiver ?? '')) },

  // ── ReDoS: a fixed super-linear regex run on the value (CWE-1333) ───────────
  { kind: 'redos', callee: /(^|\.)(test|exec)$/, args: [0], when: (s) => superLinear(s.receiverValue) },
  { kind: 'redos', callee: /(^|\.)(match|matchAll|search|replace|replaceAll|split)$/, args: [], receiver: true, when: (s) => superLinear(s.argValues[0], encoderAlphabet(s.receiverNode)) },

  // ── Log injection (CWE-117) ─────────────────────────────────────────────────
  // (Loggers by name, or by the logging package they were made with, whatever they are called.)
  { kind: 'log', callee: /^console\.(log|info|warn|error|debug|trace)$/, args: [0, 1, 2, 3] },
  { kind: 'log', callee: /(^|\.)(info|warn|error|debug|trace|fatal|verbose|log)$/, args: [0, 1, 2], when: (s) => /^(logger|log|winston|pino|bunyan|this\.logger|this\.log|req\.log|request\.log|fastify\.log|app\.log)$/.test(s.receiver ?? '') || LOGGER_API.test(s.receiverValue?.api ?? '') },

  // Hand-rolled log files: fs write streams named like logs.
  { kind: 'log', callee: /(^|\.)(write|appendFileSync|appendFile)$/, args: [0], when: (s) => /(^|\.)(\w*(log|Log|audit|Audit)\w*)$/.test(s.receiver ?? '') && !/dialog|catalog|blog/i.test(s.receiver ?? '') },
  // A logger class writing its own output stream (`this.stream.write(line)` in `class Logger { info() … }`).
  { kind: 'log', callee: /(^|\.)write$/, args: [0], when: (s) => !!s.inLogger && /^this\.[\w$]+$/.test(s.receiver ?? '') },
  // Lines appended to a file named like a log (`fs.appendFileSync(config.auditLog, line)`, `'…/access.log'`).
  { kind: 'log', callee: /^(fs|fs\/promises|fs\.promises)\.(appendFileSync|appendFile)$/, args: [1], when: logFilePath },
  // ── XXE (CWE-611) is a pattern rule on options; error-info sinks are responses: ──
  { kind: 'errorInfo', callee: /(^|\.)(send|sendRaw|json|end|write|jsonp)$/, args: [0], when: (s) => isResponse(s) && !statusFirst(s) },
  { kind: 'errorInfo', callee: /(^|\.)(send|sendRaw|json|jsonp)$/, args: [1], when: (s) => isResponse(s) && statusFirst(s) },
  { kind: 'errorInfo', callee: /^((next\/server\.)?NextResponse\.json|Response\.json)$/, args: [0] },
  // Ts.ED's PlatformResponse (`ctx.response.status(500).body(data)`) sends what it is given.
  { kind: 'errorInfo', callee: /(^|\.)body$/, args: [0], when: (s) => s.receiverValue?.kind === 'response' },
  // A page rendered with the error's stack in its locals (`res.render('error', { stack: err.stack })`) shows it (sinks.ts keeps only the stack).
  { kind: 'errorInfo', callee: /(^|\.)render$/, args: [1], when: (s) => isResponse(s) },
  // SvelteKit's response helpers: `return json({ … })` from a `+server.ts` endpoint.
  { kind: 'errorInfo', callee: /^@sveltejs\/kit\.(json|text)$/, args: [0] },
  // Solid Router's `json(data, init)`, returned by a SolidStart API route or server function.
  { kind: 'errorInfo', callee: /^@solidjs\/router\.json$/, args: [0] },
  { kind: 'errorInfo', callee: /(^|\.)(text|html)$/, args: [0], when: (s) => isHonoContext(s) },
  // h3 (Nuxt, Nitro): the thrown `createError({ message, statusMessage, data })` is answered as JSON with these fields.
  { kind: 'errorInfo', callee: /^(h3\.|vinxi\/http\.)?createError$/, args: [0], field: /^(message|statusMessage|data)$/ },
];

/** The module `require()` loads is named by a file path (joined or resolved, or starting `./`, `../`, `/`), not a package name. */
function requiresFilePath(s: CallSite): boolean {
  const v = s.argValues[0];
  return !!v && (!!v.normalized || /^\.{0,2}\//.test(v.prefix ?? ''));
}

/**
 * `$('#x')`, `jQuery(el)`, `$list` (the `$name` convention for jQuery objects), and a view's scoped
 * jQuery: `this.$('.x')` / `template.$('.x')` (Blaze template instances, Backbone views).
 */
function jqueryReceiver(s: CallSite): boolean {
  return /^(\$|jQuery)\(/.test(s.receiver ?? '') || /^\$\w*$/.test(s.receiver ?? '') || /^(this|\w+|Template\.instance\(\))\.\$\(/.test(s.receiver ?? '');
}

/** Receivers named as objects that have a `search`/`match` method of their own. */
const OBJECT_NAMED = /(service|services|repo|repository|client|index|store|api|engine|model|dao|provider|manager|searcher|finder|container|db|database|collection|matcher|router)$/i;

/**
 * A regex value whose pattern backtracks super-linearly — on text made only of `alphabet`, when
 * given: a pattern slow only on long runs of other characters is linear on it.
 */
export function superLinear(v: Value | undefined, alphabet?: string): boolean {
  const found = v?.regex && regexComplexity(v.regex.source, v.regex.flags);
  if (!found) return false;
  return !alphabet || !found.characters || [...alphabet].some((c) => found.characters!.has(c.codePointAt(0)!));
}

/** What an encoder writes (base64's `=` padding is at most two characters: never a long run). */
const ENCODER_ALPHABETS: Record<string, string> = {
  hex: '0123456789abcdef',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
};

/** The alphabet of text a `buf.toString('base64')` / `hash.digest('hex')` call returns. */
function encoderAlphabet(node: Node | undefined): string | undefined {
  const call = node && unwrap(node);
  if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.computed) return undefined;
  const [encoding] = call.arguments;
  if (!/^(toString|digest)$/.test(call.callee.property.name) || encoding?.type !== 'Literal' || typeof encoding.value !== 'string') return undefined;
  return ENCODER_ALPHABETS[encoding.value];
}

const RESPONSE_NAMES = /^(res|response|resp|reply|ctx\.res|ctx\.response|h)$/;

function serverRedirect(s: CallSite): boolean {
  return !fetchResponseRedirect(s) && ((isResponse(s) && !isHonoContext(s)) || /^(ctx|reply|h|context)$/.test(s.receiver ?? '') || injectedContext(s) || s.name === 'next/navigation.redirect' || s.name === 'redirect' || REDIRECT_HELPERS.test(s.name));
}

/** `this.ctx` of an Egg controller or a Midway class (`@Inject() ctx: Context`): the request's Koa context. */
function injectedContext(s: CallSite): boolean {
  return s.receiver === 'this.ctx' && s.receiverValue?.kind === 'request';
}

/**
 * A response call that takes the status first (`res.send(404, body)`, Restify's `res.send(code, body,
 * headers)`): a number, or a value named as a status (`status`, `err.statusCode || 500`).
 */
export function statusFirst(s: CallSite): boolean {
  if (s.args.length < 2 || !/^(send|sendRaw|json|jsonp)$/.test(s.method)) return false;
  const isStatus = (n: Node): boolean => {
    const u = unwrap(n);
    if (u.type === 'Literal') return typeof u.value === 'number';
    if (u.type === 'LogicalExpression') return isStatus(u.left) && isStatus(u.right);
    if (u.type === 'ConditionalExpression') return isStatus(u.consequent) && isStatus(u.alternate);
    const name = u.type === 'Identifier' ? u.name : u.type === 'MemberExpression' && !u.computed ? u.property.name : '';
    return /^(status|statusCode|code|httpStatus|httpCode)$/.test(name);
  };
  return isStatus(s.args[0]!);
}

/** The call's last argument is a callback (a function, or the handler's `next`), after the values it is given. */
export function trailingCallback(s: CallSite): boolean {
  const last = s.args.length >= 2 ? unwrap(s.args[s.args.length - 1]!) : undefined;
  if (!last) return false;
  if (isFunction(last) || s.argValues[s.args.length - 1]?.fn !== undefined) return true;
  // A value named like a callback, after a target (`redirect(302, next)` redirects to `next`).
  return last.type === 'Identifier' && /^(next|cb|callback|done)$/.test(last.name) && (s.args.length === 3 || !numberLiteral(s.args[0]));
}

function numberLiteral(n: Node | undefined): boolean {
  const u = n && unwrap(n);
  return u?.type === 'Literal' && typeof u.value === 'number';
}

function fetchResponseRedirect(s: CallSite): boolean {
  return /^(next\/server\.)?(NextResponse|Response)$/.test(s.receiver ?? '') || /^next\/server\.NextResponse\.redirect$/.test(s.name);
}

/** Framework redirect helpers whose last argument is the target (SvelteKit `redirect(303, url)`, Remix `redirect(url)`). */
const REDIRECT_HELPERS = /^(@sveltejs\/kit|@remix-run\/(node|cloudflare|deno|server-runtime|react)|react-router|react-router-dom)\.redirect$/;

/** A Hono context (`c`): a response whose `req` field is the request (built by calls.ts honoContext). */
export function isHonoContext(site: CallSite): boolean {
  return site.receiverValue?.kind === 'response' && site.receiverValue.fields?.get('req')?.kind === 'request';
}

export function isResponse(site: CallSite): boolean {
  if (site.receiverValue?.kind === 'response') return true;
  const r = site.receiver;
  if (!r) return false;
  // res.status(500).send(...) → receiver text `res.status()`
  const base = r.replace(/(\.(status|type|set|header|cookie|clearCookie|code|contentType|vary|append|location|links|attachment|setHeader)\(\))+$/, '');
  return RESPONSE_NAMES.test(base);
}

/** An AdonisJS upload: from `request.file(…)` (its client name is the request's), or a field of `request.validateUsing(…)`. */
function isAdonisUpload(v: Value | undefined): boolean {
  if (!v) return false;
  const upload = /\.(file\(\)\.clientName|validateUsing\(\))$/;
  return v.taints.some((t) => t.path.length > 0 && upload.test(t.source?.label ?? '')) || !!v.fields?.get('clientName')?.taints.some((t) => upload.test(t.source?.label ?? ''));
}

/** `{ root: dir }` makes Express/koa-send refuse paths that climb out of dir — unless dir is `/`. */
function hasRootOption(site: CallSite): boolean {
  return site.args.slice(1).some((a) => {
    const root = objectProperty(a, 'root');
    if (!root) return false;
    const r = unwrap(root);
    return !(r.type === 'Literal' && (r.value === '/' || r.value === ''));
  });
}

/** `execute('Event', 'find', …)`: a collection name and a MongoDB collection method that takes a filter first. */
function connectorCollectionCommand(site: CallSite): boolean {
  return stringValue(site.args[0]) !== undefined && /^(find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|updateOne|updateMany|deleteOne|deleteMany|replaceOne|countDocuments|count|aggregate)$/.test(stringValue(site.args[1]) ?? '');
}

function isMongoReceiver(site: CallSite): boolean {
  const r = site.receiver ?? '';
  if (!r) return false;
  // A TypeORM repository or manager over a SQL database (declared `Repository<User>`, injected by
  // `@InjectRepository`/`@InjectEntityModel`): `where` values are column values, compiled to bound
  // parameters; only its Mongo flavours take query operators.
  const api = site.receiverValue?.api ?? site.api ?? '';
  if (api.startsWith('typeorm|') && !/Mongo/.test(api)) return false;
  // A Prisma client's model (`db.user.update({ where, data })`): one argument of named parts, not a Mongo filter.
  if (api.startsWith('@prisma/client|')) return false;
  // Mongoose models (`User`, `this.userModel`, `UserModel`), driver collections (`db.collection('x')`, `users`), a Meteor collection's driver (`Links.rawCollection()`).
  return /^[A-Z][A-Za-z0-9]*$/.test(r) || /(Model|model|collection\(\)|Collection|\.collection\(\)|[cC]ollection|\.rawCollection\(\))$/.test(r) || /^this\.\w*(Model|Repository|Collection)$/.test(r) || /^(db|mongo|database)\.\w+$/.test(r);
}

/** Property assignments that are sinks: `el.innerHTML = x`, `location.href = x`. */
export interface PropertySink {
  kind: SinkKind;
  /** Property being written. */
  property: RegExp;
  /** Object path the property belongs to (qualified), if it matters. */
  object?: RegExp;
  /** Object paths this row does not apply to. */
  notObject?: RegExp;
  /** A navigable URL: see CallSink.url. */
  url?: true;
}

export const PROPERTY_SINKS: PropertySink[] = [
  { kind: 'xss', property: /^(innerHTML|outerHTML|srcdoc)$/ },
  // `a.href = x`, `form.action = x`: a `javascript:` URL runs when clicked or submitted (location.href is a redirect, below).
  // (Not a URL object's own `href`: `url.href = …`, `this._internals.url.href = …` only rebuild the URL.)
  { kind: 'xss', property: /^(href|action|formAction)$/, url: true, notObject: /(^|\.)location$|^(window|document|top|self|this|u)$|(^|\.)_?(url|uri|parsedUrl|urlObject)$/i },
  { kind: 'redirect', property: /^href$/, object: /^(window\.location|location|document\.location|window\.top\.location|top\.location)$/ },
  { kind: 'redirect', property: /^location$/, object: /^(window|document|top|window\.top|self)$/ },
  { kind: 'xss', property: /^src$/, object: /^(script|scriptEl|scriptElement|s)$/ },
  { kind: 'xss', property: /^body$/, object: /^(this\.)?ctx$/ },
  { kind: 'errorInfo', property: /^body$/, object: /^(this\.)?(ctx|context)$/ },
  // Moleculer actions answer through moleculer-web with `ctx.meta.$location` (with `$statusCode = 302`).
  { kind: 'redirect', property: /^\$location$/, object: /(^|\.)meta$/ },
];

/** The file a call appends to is named like a log: a `….log` path, or a variable or property called `auditLog`, `LOG_FILE`… */
function logFilePath(site: CallSite): boolean {
  const a = site.args[0] && unwrap(site.args[0]);
  if (!a) return false;
  const text = stringArg(site, 0) || site.argValues[0]?.text || '';
  if (/\.log$/i.test(text)) return true;
  const last = (memberPath(a) ?? '').split('.').pop() ?? '';
  return /(^|_)(log|audit)(_|$)|(log|audit)(file|path)?$|^(log|audit)[A-Z_]/i.test(last) && !/dialog|catalog|blog|backlog|changelog/i.test(last);
}

function stringArg(site: CallSite, i: number): string {
  const a = site.args[i] && unwrap(site.args[i]!);
  return a && a.type === 'Literal' && typeof a.value === 'string' ? a.value : '';
}

/** Every string literal inside an options object (to spot `'Content-Type': 'text/html'`). */
/** A Response init whose headers are a constant of the file (`{ headers: HTML_HEADERS }`) with an HTML content type. */
function htmlInit(init: Value | undefined): boolean {
  const headers = init?.fields?.get('headers');
  for (const [k, v] of headers?.fields ?? []) if (k.toLowerCase() === 'content-type' && /text\/html/i.test(v.text ?? '')) return true;
  return false;
}

function literalStrings(node: Node | undefined, depth = 0): string[] {
  if (!node || depth > 4) return [];
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return [n.value];
  if (n.type === 'ObjectExpression') return n.properties.flatMap((p: Node) => (p.type === 'Property' ? literalStrings(p.value, depth + 1) : []));
  return [];
}

/** Shells that run the argument after `-c` (`/c`, `-Command`) as a command line. */
export const SHELL_PROGRAM = /^(\/(usr\/)?bin\/)?(sh|bash|zsh|dash|ksh|cmd(\.exe)?|powershell(\.exe)?|pwsh)$/;

/**
 * `spawn('sh', ['-c', cmd, …])`: the index in the argument list of the command line the shell runs
 * (the element after `-c`), or undefined when the program is no shell or the list has no `-c`.
 */
export function shellCommandIndex(program: string | undefined, list: readonly (Node | null)[] | undefined): number | undefined {
  if (!program || !list || !SHELL_PROGRAM.test(program)) return undefined;
  const i = list.findIndex((e) => !!e && e.type === 'Literal' && /^(-c|\/c|-Command)$/i.test(String(e.value)));
  return i < 0 ? undefined : i + 1;
}

/** `reply.type('text/html')` / `.header('content-type', 'text/html')` earlier in a call chain. */
export function chainDeclaresHtml(receiver: Node | undefined): boolean {
  let n: Node | undefined = receiver && unwrap(receiver);
  for (let i = 0; i < 8 && n && n.type === 'CallExpression'; i++) {
    const callee = unwrap(n.callee);
    if (JSON.stringify(literalStrings(n.arguments[0])).match(/html/i) || n.arguments.some((a: Node) => literalStrings(a).some((v) => /text\/html/i.test(v)))) return true;
    n = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
  }
  return false;
}
