/**
 * Sources of untrusted data, as tables: which parameters are HTTP requests (Express, Fastify,
 * Koa, Hapi, Next.js, NestJS, AWS Lambda), which request fields carry user data, and which
 * browser and CLI globals are attacker-controlled.
 */

/** Request fields that carry user data; `object: true` when the value may be an attacker-built object. */
export const REQUEST_FIELDS: Record<string, { object: boolean }> = {
  // Express / Fastify / Next.js pages API / Koa ctx.request / Hapi
  query: { object: true },
  body: { object: true },
  params: { object: false },
  headers: { object: false },
  cookies: { object: false },
  signedCookies: { object: false },
  url: { object: false },
  originalUrl: { object: false },
  path: { object: false },
  files: { object: true },
  file: { object: false },
  payload: { object: true }, // Hapi
  querystring: { object: false }, // Koa
  search: { object: false },
  hostname: { object: false },
  nextUrl: { object: false }, // Next.js app router
  searchParams: { object: false },
  rawBody: { object: false },
  // moleculer-web, in a raw alias handler `(req, res)`: URL, query and body parameters merged.
  $params: { object: true },
};

/** Request methods whose result is user data (`req.get('x')`, `await request.json()`). */
export const REQUEST_METHODS: Record<string, { object: boolean; promise: boolean }> = {
  get: { object: false, promise: false },
  header: { object: false, promise: false },
  param: { object: false, promise: false },
  json: { object: true, promise: true },
  text: { object: false, promise: true },
  formData: { object: false, promise: true },
  arrayBuffer: { object: false, promise: true },
  blob: { object: false, promise: true },
  // AdonisJS: `request.input('q')`, `request.qs()`, `request.all()`, `request.only([…])`, `request.body()`.
  input: { object: false, promise: false },
  qs: { object: true, promise: false },
  all: { object: true, promise: false },
  only: { object: true, promise: false },
  except: { object: true, promise: false },
  body: { object: true, promise: false },
  // `await request.validateUsing(validator)`: what VineJS checked is still the client's (strings stay free text).
  validateUsing: { object: true, promise: true },
  cookie: { object: false, promise: false },
  // Hono's `c.req`: `query('q')`, `queries('tag')`, `parseBody()`, and what a validator middleware checked (`valid('json')`).
  query: { object: false, promise: false },
  queries: { object: false, promise: false },
  parseBody: { object: true, promise: true },
  valid: { object: false, promise: false },
  // Sails: `req.allParams()`, the URL, query and body parameters merged (`req.param('x')` is one of them).
  allParams: { object: true, promise: false },
};

/** AdonisJS controllers: `async store({ request, response, params }: HttpContext)`. */
export const ADONIS_CONTEXT_TYPES: Record<string, RegExp> = {
  HttpContext: /^@adonisjs\/core(\/http)?$/,
  HttpContextContract: /^@ioc:Adonis\/Core\/HttpContext$/,
};

/** Ts.ED's request context (`catch(error, ctx: PlatformContext)`): `ctx.request` is the client's, `ctx.response` answers. */
export const TSED_CONTEXT_TYPES: Record<string, RegExp> = {
  PlatformContext: /^@tsed\/(common|platform-http|platform-params)$/,
};

/** Where `@Catch(…)` marks an exception filter class (NestJS, Ts.ED, Midway): its `catch(exception, …)` gets the errors routes threw. */
export const EXCEPTION_FILTER_MODULES = /^(@nestjs\/common|@tsed\/platform-exceptions|@tsed\/common|@midwayjs\/core|@midwayjs\/decorator)$/;
/** Midway's filters answer with what `catch(err, ctx)` returns: the value becomes the response body. */
export const BODY_RETURNING_FILTER_MODULES = /^(@midwayjs\/core|@midwayjs\/decorator)$/;

/**
 * LoopBack 4 parameter decorators (`@param.query.string('q')`, `@param.path.number('id')`,
 * `@requestBody()`), from this module. Numbers, booleans and dates are coerced and checked.
 */
export const LOOPBACK_MODULE = /^@loopback\/rest$/;
export const LOOPBACK_NARROW_PARAMS = /\.(number|integer|boolean|date|dateTime)$/;

/**
 * Hono: a handler gets one context `c` (`c.req` the request; `c.html()`, `c.redirect()`,
 * `c.json()` answer it), in files that import the framework.
 */
export const HONO_MODULE = /^hono(\/|$)/;

/** Fields of a request that are the framework's own, never user data (precision). */
export const REQUEST_NESTED: Record<string, 'request'> = {
  request: 'request', // Koa ctx.request
  req: 'request', // Koa ctx.req, Hapi request.raw.req
  raw: 'request', // Fastify request.raw
};

/** AWS Lambda (API Gateway) event fields. */
export const LAMBDA_EVENT_FIELDS: Record<string, { object: boolean }> = {
  body: { object: false },
  queryStringParameters: { object: false },
  multiValueQueryStringParameters: { object: false },
  pathParameters: { object: false },
  headers: { object: false },
  multiValueHeaders: { object: false },
  rawPath: { object: false },
  rawQueryString: { object: false },
  cookies: { object: false },
  path: { object: false },
  arguments: { object: true }, // AppSync
};

/**
 * h3 (Nuxt and Nitro server routes): request data comes from helpers called with the event. They
 * are imported from `h3`, or auto-imported in a Nuxt server file (a bare name counts there).
 */
export const H3_SOURCE_CALLS: Record<string, { object: boolean; promise: boolean }> = {
  getQuery: { object: true, promise: false },
  getValidatedQuery: { object: true, promise: true },
  getRouterParam: { object: false, promise: false },
  getRouterParams: { object: false, promise: false },
  getValidatedRouterParams: { object: false, promise: true },
  readBody: { object: true, promise: true },
  readValidatedBody: { object: true, promise: true },
  readRawBody: { object: false, promise: true },
  readMultipartFormData: { object: true, promise: true },
  getCookie: { object: false, promise: false },
  parseCookies: { object: false, promise: false },
  getHeader: { object: false, promise: false },
  getHeaders: { object: false, promise: false },
  getRequestHeader: { object: false, promise: false },
  getRequestHeaders: { object: false, promise: false },
  getRequestURL: { object: false, promise: false },
};
/** Modules re-exporting h3's helpers: h3 itself, and Vinxi's `vinxi/http` (SolidStart, TanStack Start), where the event argument is optional. */
export const H3_MODULES = /^(h3|vinxi\/http)\./;
/** Nuxt's server folder, where h3 helpers are auto-imported. */
export const NUXT_SERVER_PATH = /(^|\/)server\/(api|routes|middleware|utils)\//;

/**
 * Nuxt: `useFetch('/api/…')`, `useLazyFetch` and `$fetch` outside the server folder read the app's
 * own `server/api` route, whose handler's returned object is the response. The call names its
 * route by a specifier the link step resolves (link.ts): `nuxt-api:` and the URL's path, `*` for
 * each dynamic part.
 */
export const NUXT_API_SPEC = 'nuxt-api:';
export const NUXT_FETCH_CALLS = /^(useFetch|useLazyFetch|\$fetch)$/;

/** The specifier of a fetched URL (constant text with `*` for each dynamic part), or undefined when it is not an `/api/` path of this site. */
export function nuxtApiSpec(url: string): string | undefined {
  const path = url.split(/[?#]/)[0]!;
  return /^\/api\/[\w\-.*[\]/]*$/.test(path) ? `${NUXT_API_SPEC}${path}` : undefined;
}

/** The own-API fetches of a component or composable's text, for the first link pass (the engine finds the same from the AST). */
export function nuxtApiRequests(path: string, text: string): string[] {
  if (NUXT_SERVER_PATH.test(path) || !text.includes('/api/')) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:useFetch|useLazyFetch|\$fetch)\s*(?:<[^>()]*>)?\(\s*(?:\(\)\s*=>\s*)?(['"`])(\/api\/[^'"`]*)\1/g)) {
    const spec = nuxtApiSpec(m[2]!.replace(/\$\{[^}]*\}/g, '*'));
    if (spec) out.add(spec);
  }
  return [...out];
}

/**
 * The `server/api` file that answers a `nuxt-api:` specifier: under the nearest folder above the
 * requesting file that has one, `[param]` matching one path segment and `[...rest]` the rest; a
 * GET (or method-less) handler; literal segments preferred.
 */
export function nuxtRouteFile(from: string, spec: string, known: Set<string>): string | undefined {
  const want = spec.slice(NUXT_API_SPEC.length + '/api/'.length).split('/').filter(Boolean);
  const dirs = from.split('/').slice(0, -1);
  for (let n = dirs.length; n >= 0; n--) {
    const prefix = `${dirs.slice(0, n).join('/')}${n ? '/' : ''}server/api/`;
    let best: { file: string; score: number } | undefined;
    for (const file of known) {
      if (!file.startsWith(prefix)) continue;
      const m = /^(.*?)(?:\.(get|post|put|patch|delete|head|options))?\.(ts|js|mjs)$/.exec(file.slice(prefix.length));
      if (!m || (m[2] && m[2] !== 'get')) continue;
      const segs = m[1]!.split('/');
      if (segs[segs.length - 1] === 'index') segs.pop();
      const score = routeScore(segs, want);
      if (score !== undefined && (!best || score > best.score)) best = { file, score };
    }
    if (best) return best.file;
  }
  return undefined;
}

/** How well route segments match a URL's (`*` dynamic): literal matches count, undefined when they do not match. */
function routeScore(route: string[], url: string[]): number | undefined {
  let score = 0;
  for (let i = 0; i < route.length; i++) {
    const r = route[i]!;
    if (/^\[\.\.\.[^\]]*\]$/.test(r)) return i === route.length - 1 ? score : undefined;
    const u = url[i];
    if (u === undefined) return undefined;
    if (/^\[[^\]]+\]$/.test(r)) continue;
    if (r !== u) return undefined;
    score++;
  }
  return route.length === url.length ? score : undefined;
}

/**
 * File-routed frameworks whose handlers get one request event (`{ request, url, params, cookies }`):
 * SvelteKit endpoints, server loads and form actions; Remix and React Router route modules; Astro
 * endpoints; or a request-like context (Next.js `getServerSideProps`). A handler is an export of
 * this name (or, for `actions`, a member of it) in such a file.
 */
export const ROUTE_EVENT_MODULES: { path: RegExp; exports: RegExp; shape: 'event' | 'context' }[] = [
  { path: /(^|\/)\+server\.[cm]?[jt]s$/, exports: /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|fallback)$/, shape: 'event' },
  { path: /(^|\/)\+(page|layout)\.server\.[cm]?[jt]s$/, exports: /^(load|actions)$/, shape: 'event' },
  { path: /(^|\/)app\/(routes\/.+|root)\.[cm]?[jt]sx?$/, exports: /^(loader|action)$/, shape: 'event' },
  { path: /(^|\/)src\/pages\/.+\.[cm]?[jt]s$/, exports: /^(GET|POST|PUT|PATCH|DELETE|ALL)$/, shape: 'event' },
  // SolidStart API routes: `export async function GET({ request, params }: APIEvent)` in a file under `src/routes/`.
  { path: /(^|\/)src\/routes\/.+\.[cm]?[jt]sx?$/, exports: /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/, shape: 'event' },
  // Next.js pages router: `getServerSideProps({ query, params, req })` runs per request (`context`: a request's fields).
  { path: /(^|\/)pages\/.+\.[cm]?[jt]sx?$/, exports: /^getServerSideProps$/, shape: 'context' },
];

/**
 * Remix and React Router route modules: the component's data hooks return what the module's own
 * `loader` / `action` returned (`json(data)`, `data(x)` and `defer(x)` wrap it for the wire).
 */
export const ROUTE_DATA_HOOKS: { callee: RegExp; export: string }[] = [
  { callee: /^(@remix-run\/react|react-router|react-router-dom)\.useLoaderData$/, export: 'loader' },
  { callee: /^(@remix-run\/react|react-router|react-router-dom)\.useActionData$/, export: 'action' },
];
export const ROUTE_DATA_WRAPPERS = /^(@remix-run\/(node|cloudflare|deno|server-runtime)|react-router)\.(json|data|defer)$|^remix-typedjson\.typedjson$/;

/**
 * SvelteKit pages and layouts: the component's `data` prop is what the `load` of the sibling
 * `+page.server.ts` / `+page.ts` (`+layout…` for a layout) returned.
 */
export const SVELTEKIT_PAGE_COMPONENT = /(^|\/)\+(page|layout)\.svelte$/;
export function svelteKitLoadModules(path: string): string[] {
  const m = SVELTEKIT_PAGE_COMPONENT.exec(path);
  return m ? [`./+${m[2]}.server`, `./+${m[2]}`] : [];
}

/**
 * Job queues (BullMQ, Bull, Bee-Queue): what a request handler enqueues (`queue.add('render', dto)`)
 * is what a worker's job holds (`job.data`), in another process. Workers: `new Worker(name, fn)`,
 * `queue.process(fn)`, NestJS `@Processor()` classes (`WorkerHost.process(job)`, `@Process()` methods).
 */
export const JOB_QUEUE_MODULES = /^(bullmq|bull|bee-queue)$/;
export const JOB_PROCESSOR_MODULES = /^@nestjs\/(bullmq|bull)$/;

/** Parameter names that, by overwhelming convention, hold an HTTP request. */
export const REQUEST_PARAM_NAMES = /^(req|request|_req|incomingRequest)$/;
export const KOA_CONTEXT_NAMES = /^(ctx|context)$/;
export const RESPONSE_PARAM_NAMES = /^(res|response|reply|resp|h)$/;

/** Node's HTTP client (`https.get(url, (res) => …)`): its callback gets the server's response, not a request. */
export const NODE_HTTP_CLIENT_CALLS = /^(node:)?(http|https)\.(get|request)$/;

/** Router methods whose function arguments are request handlers. */
export const ROUTE_METHODS = /^(get|post|put|patch|delete|del|all|use|options|head|route|any)$/;

/** NestJS parameter decorators that inject request data, and whether the value may be an object. */
export const NEST_PARAM_DECORATORS: Record<string, { object: boolean; label: string }> = {
  Body: { object: true, label: '@Body()' },
  Query: { object: true, label: '@Query()' },
  Param: { object: false, label: '@Param()' },
  Headers: { object: false, label: '@Headers()' },
  Req: { object: true, label: '@Req()' },
  Request: { object: true, label: '@Request()' },
  UploadedFile: { object: false, label: '@UploadedFile()' },
  Cookies: { object: false, label: '@Cookies()' },
  // GraphQL resolver arguments (@nestjs/graphql `@Args`, type-graphql `@Arg`/`@Args`) and WebSocket gateway messages.
  Args: { object: false, label: '@Args()' },
  Arg: { object: false, label: '@Arg()' },
  MessageBody: { object: true, label: '@MessageBody()' },
};

/**
 * Parameter decorators of the other decorator-routed controller frameworks (routing-controllers,
 * tsoa, inversify-express-utils, Ts.ED), which inject request data too. Their names are common
 * words (`Path`, `Header`, `request`), so they count only when imported from the framework.
 */
export const CONTROLLER_PARAM_MODULES = /^(routing-controllers|tsoa|inversify-express-utils|@tsed\/common|@tsed\/platform-params)$/;
/** Of those, the ones that convert a parameter declared `number` or `boolean` to that type (or refuse the request). */
export const SCALAR_CONVERTING_MODULES = /^(routing-controllers|tsoa|@tsed\/common|@tsed\/platform-params)$/;
export const CONTROLLER_PARAM_DECORATORS: Record<string, { object: boolean; label: string; request?: boolean }> = {
  // routing-controllers
  QueryParam: { object: false, label: '@QueryParam()' },
  QueryParams: { object: true, label: '@QueryParams()' },
  Params: { object: true, label: '@Params()' },
  BodyParam: { object: false, label: '@BodyParam()' },
  HeaderParam: { object: false, label: '@HeaderParam()' },
  HeaderParams: { object: true, label: '@HeaderParams()' },
  CookieParam: { object: false, label: '@CookieParam()' },
  CookieParams: { object: true, label: '@CookieParams()' },
  UploadedFiles: { object: false, label: '@UploadedFiles()' },
  // tsoa
  Path: { object: false, label: '@Path()' },
  Queries: { object: true, label: '@Queries()' },
  BodyProp: { object: false, label: '@BodyProp()' },
  Header: { object: false, label: '@Header()' },
  FormField: { object: false, label: '@FormField()' },
  // inversify-express-utils
  requestParam: { object: false, label: '@requestParam()' },
  queryParam: { object: false, label: '@queryParam()' },
  requestBody: { object: true, label: '@requestBody()' },
  requestHeaders: { object: false, label: '@requestHeaders()' },
  cookies: { object: false, label: '@cookies()' },
  request: { object: true, label: '@request()', request: true },
  // Ts.ED
  PathParams: { object: false, label: '@PathParams()' },
  BodyParams: { object: true, label: '@BodyParams()' },
  // (`@HeaderParams('x')` is Ts.ED's header, routing-controllers' without a name all of them: above.)
};

/**
 * NestJS pipes that turn a decorator's value into a number, boolean, UUID or enum member (or
 * reject the request): `@Param('id', ParseIntPipe)`, `@Query('w', new ParseFloatPipe())`.
 * `ParseArrayPipe` is not here: its items are strings.
 */
export const NEST_NARROWING_PIPES = /^(ParseIntPipe|ParseFloatPipe|ParseBoolPipe|ParseUUIDPipe|ParseEnumPipe)$/;

/**
 * Parameter types that mark a request, whatever the parameter is called (`(input: Request)`), with
 * the modules the type may be imported from (`global`: no import, e.g. the fetch `Request`).
 */
export const REQUEST_TYPES: Record<string, { kind: 'request' | 'lambdaEvent'; modules: RegExp }> = {
  Request: { kind: 'request', modules: /^(global|express|express-serve-static-core|@types\/express|fastify|@hapi\/hapi|hapi|undici|node-fetch|@remix-run\/node)$/ },
  IncomingMessage: { kind: 'request', modules: /^(http|node:http|https|node:https)$/ },
  FastifyRequest: { kind: 'request', modules: /^fastify$/ },
  NextApiRequest: { kind: 'request', modules: /^next$/ },
  NextRequest: { kind: 'request', modules: /^next\/server$/ },
  Context: { kind: 'request', modules: /^(koa|@koa\/router|koa-router)$/ },
  ParameterizedContext: { kind: 'request', modules: /^(koa|@koa\/router|koa-router)$/ },
  RouterContext: { kind: 'request', modules: /^(@koa\/router|koa-router)$/ },
  APIGatewayProxyEvent: { kind: 'lambdaEvent', modules: /^aws-lambda$/ },
  APIGatewayProxyEventV2: { kind: 'lambdaEvent', modules: /^aws-lambda$/ },
  APIGatewayProxyEventV2WithJWTAuthorizer: { kind: 'lambdaEvent', modules: /^aws-lambda$/ },
  APIGatewayEvent: { kind: 'lambdaEvent', modules: /^aws-lambda$/ },
  ALBEvent: { kind: 'lambdaEvent', modules: /^aws-lambda$/ },
  LambdaFunctionURLEvent: { kind: 'lambdaEvent', modules: /^aws-lambda$/ },
};
/** Namespaces a qualified request type is read from (`express.Request`, `Koa.Context`, `http.IncomingMessage`). */
export const REQUEST_TYPE_NAMESPACES = /^(express|Express|koa|Koa|fastify|Fastify|hapi|Hapi|http|https|next|Router|KoaRouter|AWSLambda|lambda)$/;

/** Keys of a GraphQL resolver map whose field resolvers receive client arguments as their second parameter. */
export const GRAPHQL_ROOT_TYPES = /^(Query|Mutation|Subscription)$/;

/** Socket events that are connection lifecycle, not a client's message. */
export const SOCKET_LIFECYCLE_EVENTS = /^(connect|connection|disconnect|disconnecting|close|error|open|ping|pong|upgrade|unexpected-response|connect_error|reconnect|end|timeout|drain|listening|headers)$/;
/** Socket message-handler parameters that are the acknowledgement callback, not data. */
export const SOCKET_ACK_PARAMS = /^(ack|cb|callback|done|fn|respond|reply|acknowledge|next)$/;

/** Next.js app-router route handler exports. */
export const NEXT_ROUTE_HANDLERS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

/** Browser globals controlled by whoever crafted the URL or the page around us. */
export const BROWSER_SOURCES: { path: RegExp; label: string }[] = [
  { path: /^(window\.|document\.|self\.|globalThis\.)?location\.(hash|search|href|pathname)$/, label: 'location' },
  { path: /^(window\.)?location$/, label: 'location' },
  { path: /^(window\.)?document\.(URL|documentURI|baseURI|referrer|cookie)$/, label: 'document' },
  { path: /^window\.name$/, label: 'window.name' },
];

/** Calls whose result is attacker-controlled in the browser or a CLI. */
export const SOURCE_CALLS: { callee: RegExp; label: string; category: 'browser' | 'cli' | 'request' }[] = [
  { callee: /^(next\/navigation\.useSearchParams|react-router-dom\.useSearchParams|react-router\.useSearchParams|useSearchParams)$/, label: 'useSearchParams()', category: 'browser' },
  { callee: /^(next\/navigation\.useParams|react-router-dom\.useParams|react-router\.useParams|useParams)$/, label: 'useParams()', category: 'browser' },
  { callee: /^(readline-sync\.question|prompt|window\.prompt)$/, label: 'user input', category: 'cli' },
];

/**
 * Request-body readers called with the request (micro's `await json(req)`, `await getRawBody(req)`,
 * co-body's `await parse.json(req)`): what they resolve to is what the client sent. `object`: the
 * parsed body may be any JSON value, objects included.
 */
export const BODY_READER_CALLS: { callee: RegExp; object: boolean }[] = [
  { callee: /^(micro|co-body)\.json$|^co-body$|^co-body\.form$/, object: true },
  { callee: /^micro\.(text|buffer)$|^raw-body$|^co-body\.text$/, object: false },
];

/** `process.argv`, `process.stdin` and friends. */
export const CLI_SOURCES = /^process\.(argv|stdin)$/;

/** multer created to keep the directories of the client's file name (by default busboy keeps its last segment, never `.`/`..`). */
export const PRESERVE_PATH = /\bpreservePath\s*:\s*true\b/;

/**
 * Uploaded-file types whose listed fields the client chose (a parameter so typed is an upload, in
 * whichever file it is handled): @fastify/multipart's `MultipartFile`, multer's `Express.Multer.File`,
 * express-fileupload's `UploadedFile`. The other fields (multer's `path`, `filename` and
 * `destination`, express-fileupload's `tempFilePath`, the stream) are the server's.
 */
export const UPLOAD_TYPES: { type: string; modules: RegExp; clientFields: string[] }[] = [
  { type: 'MultipartFile', modules: /^@fastify\/multipart$/, clientFields: ['filename', 'fieldname', 'mimetype', 'encoding', 'fields'] },
  { type: 'Express.Multer.File', modules: /^global$/, clientFields: ['originalname', 'fieldname', 'mimetype', 'encoding'] },
  { type: 'UploadedFile', modules: /^express-fileupload$/, clientFields: ['name', 'mimetype', 'encoding'] },
];

/**
 * Archive readers that hand each entry to an `entry` listener as its first argument (yauzl's entry,
 * unzipper's and node-tar's entry stream, tar-stream's header, node-stream-zip's entry): the names
 * stored in it are whoever made the archive's choice.
 */
export const ARCHIVE_ENTRY_READERS = /^(yauzl|unzipper|tar|tar-stream|node-stream-zip)$/;
