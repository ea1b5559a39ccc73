/**
 * Sails.js 1.x. An action in `api/controllers/**` written as a machine ("actions2":
 * `module.exports = { inputs: { … }, exits: { … }, fn: async function (inputs, exits) { … } }`)
 * gets the request's parameters (URL, query and body, merged) as `inputs`, one field per declared
 * input; `this.req` / `this.res` are the request and the response. Sails validates each input
 * first: one declared `type: 'number'` or `'boolean'` carries no text, and one checked with `isIn`,
 * an integer or UUID rule, or an allow-list `regex` is narrow. A `type: 'ref'` / `'json'` input may
 * be an object.
 *
 * Helpers in `api/helpers/**` are machines too, called as `sails.helpers.fetchFeed.with({ url })`:
 * the link step applies the summary of that file's `fn` (`fetch-feed.js` is `fetchFeed`). A helper
 * called with positional arguments (`sails.helpers.fetchFeed(url)`) is not linked: which input each
 * argument fills is declared in the other file.
 *
 * Uploads (skipper, sails-hook-uploads): the name `saveAs` gives the file is a path (sailsUploadName).
 *
 * Only in code that runs under Sails (it imports `sails`, or its package declares it).
 */
import { conventionRoot, specifierTo } from '../frontend/js/modules.js';
import { type Node, isFunction, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';
import type { Frame } from './frames.js';
import { runCallback } from './calls.js';
import { reportSink } from './sinks.js';
import type { CallSite } from '../models/sinks.js';
import { ALLOW_LIST_PATTERN } from './validated-dtos.js';
import { EMPTY, type Value, isTainted, union } from './values.js';

const SAILS_MODULE = /^sails(\/|$)/;
/** Validation rules that leave an input narrow (Sails' `anchor` rules). */
const NARROWING_RULES = /^(isIn|isInteger|isUUID|isHexadecimal|isIP)$/;
/** Folder of a Sails app's actions. */
const CONTROLLERS_DIR = /(^|\/)api\/controllers\//;

/** Whether this file runs under Sails: it imports `sails`, or its package declares it. */
export function runsUnderSails(e: TaintEngine): boolean {
  return e.runsUnder('sails', SAILS_MODULE, ['sails']);
}

/** An action machine's `fn` → its declared inputs (name → the input's definition). */
export type SailsActions = Map<Node, Map<string, Node | undefined>>;

/** The actions2 machines a controller file exports (`module.exports = { inputs, fn }`). */
export function collectSailsActions(e: TaintEngine, program: Node): SailsActions {
  const out: SailsActions = new Map();
  if (!CONTROLLERS_DIR.test(e.input.path) || !runsUnderSails(e)) return out;
  walk(program, [{
    AssignmentExpression(node) {
      const left = unwrap(node.left);
      const right = unwrap(node.right);
      if (e.text(left) !== 'module.exports' || right.type !== 'ObjectExpression') return;
      const fn = objectProperty(right, 'fn');
      const f = fn && unwrap(fn);
      if (!f || !isFunction(f)) return;
      const inputs = new Map<string, Node | undefined>();
      const decl = objectProperty(right, 'inputs');
      for (const p of (decl && unwrap(decl).type === 'ObjectExpression' ? unwrap(decl).properties : []) as Node[]) {
        const name = p.type === 'Property' ? propertyName(p) : undefined;
        if (name) inputs.set(name, unwrap(p.value).type === 'ObjectExpression' ? unwrap(p.value) : undefined);
      }
      out.set(f, inputs);
    },
  }]);
  return out;
}

/** What Sails hands an action's `fn`: each declared input as the client sent it, after validation. */
export function actionInputs(e: TaintEngine, fn: Node, inputs: Map<string, Node | undefined>): Value {
  const fields = new Map<string, Value>();
  for (const [name, def] of inputs) {
    const type = def ? stringValue(objectProperty(def, 'type')) : undefined;
    if (type === 'number' || type === 'boolean' || (def && narrowed(def))) {
      fields.set(name, EMPTY);
      continue;
    }
    fields.set(name, e.source(fn.params[0], `Sails action input \`${name}\``, 'request', type === 'ref' || type === 'json'));
  }
  return { taints: [], fields };
}

function narrowed(def: Node): boolean {
  return (def.properties as Node[]).some((p) => {
    const key = p.type === 'Property' ? propertyName(p) ?? '' : '';
    if (NARROWING_RULES.test(key)) return true;
    const v = key === 'regex' ? unwrap(p.value) : undefined;
    return !!v && v.type === 'Literal' && !!v.regex && ALLOW_LIST_PATTERN.test(String(v.regex.pattern));
  });
}

/** `this` inside an action's `fn`: the request and the response (`this.req.session`, `this.res.redirect`). */
export const ACTION_THIS: Value = { taints: [], fields: new Map<string, Value>([['req', { taints: [], kind: 'request' }], ['res', { taints: [], kind: 'response' }]]) };

/** `sails.helpers.fetchFeed.with({…})`, `sails.helpers.mail.sendTemplate.with({…})`. */
const HELPER_CALL = /^sails\.helpers\.((?:[\w$]+\.)*[\w$]+)\.with$/;

/**
 * The link keys of the helper a `sails.helpers.x.with({ … })` call runs: the `fn` of the machine
 * `api/helpers/x.js` exports (kebab-cased file names, sub-folders as namespaces), relative to this file.
 */
export function sailsHelperCandidates(e: TaintEngine, calleePath: string): string[] {
  const m = HELPER_CALL.exec(calleePath);
  if (!m || !runsUnderSails(e)) return [];
  const root = conventionRoot(e.input.path, /(^|\/)(api|config)\//);
  if (root === undefined) return [];
  const names = m[1]!.split('.').map((n) => n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  const spec = specifierTo(e.input.path, `${root}api/helpers/${names.join('/')}`);
  e.extraRequests.add(spec);
  return [`${spec}#default.fn`];
}

/** `sails.uploadOne(upstream, opts)`, `sails.upload(…)` (sails-hook-uploads). */
const UPLOAD_CALLS = /^sails\.(uploadOne|upload)$/;

/**
 * Skipper's `saveAs` names the uploaded file under `dirname`: given as text, or as a function
 * `(stream, cb) => cb(null, name)` whose `stream.filename` is the name the client sent (multiparty
 * only drops what precedes a `\`, so `../` survives). A name from either reaching the disk is a
 * path the client picks. (`req.file('avatar').upload({ saveAs })`, `sails.uploadOne(avatar, { saveAs })`.)
 */
export function sailsUploadName(e: TaintEngine, site: CallSite, frame: Frame): void {
  const skipper = site.method === 'upload' && site.receiverNode && unwrap(site.receiverNode).type === 'CallExpression' && propertyName(unwrap(unwrap(site.receiverNode).callee)) === 'file';
  if (!(skipper || UPLOAD_CALLS.test(site.name)) || !runsUnderSails(e)) return;
  const i = site.args.findIndex((a) => unwrap(a).type === 'ObjectExpression' && objectProperty(unwrap(a), 'saveAs'));
  const saveAs = i >= 0 ? site.argValues[i]?.fields?.get('saveAs') : undefined;
  if (!saveAs) return;
  const at = objectProperty(unwrap(site.args[i]!), 'saveAs')!;
  let name = saveAs;
  if (saveAs.fn !== undefined) {
    const fn = e.fns[saveAs.fn]!.node;
    const results: Value[] = [];
    const stream: Value = { taints: [], fields: new Map([['filename', e.source(fn.params[0] ?? at, 'uploaded file name (skipper stream.filename)', 'request', false)]]) };
    const returned = runCallback(e, saveAs.fn, [stream, { taints: [], callbackResults: results }], frame);
    name = union(returned, ...results);
  }
  if (isTainted(name)) reportSink(e, 'path', name, site.call, `${site.name || site.method}() saveAs`, frame);
}
