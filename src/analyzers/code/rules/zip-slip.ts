import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, type Visitor, calleeProperty, children, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { objectLiteralOf, resolveValue } from '../frontend/js/bindings.js';
import { isTrueValue } from './_local-values.js';
import { textMatchesWithin } from './_text-index.js';
import { describeFlow } from './_taint-message.js';

const ARCHIVE_MODULES = /^(adm-zip|unzipper|yauzl|yauzl-promise|tar|tar-stream|tar-fs|jszip|node-stream-zip|decompress|extract-zip|zip-lib|@zip\.js\/zip\.js)$/;
/** A module's export or a member of it (`adm-zip`, `jszip.loadAsync`, `unzipper.Open.file`). */
const ARCHIVE_EXPORT = new RegExp(ARCHIVE_MODULES.source.replace(/\$$/, '(\\.|$)'));
/** Entry fields that hold the path stored in the archive. */
const NAME_FIELDS = new Set(['entryName', 'path', 'fileName', 'filename', 'name', 'relativePath']);
/** Calls that create or write a file at their first argument (second for rename/copy/symlink targets). */
const WRITE_CALL = /^(fs|fs\/promises|fs\.promises|fs-extra|graceful-fs)\.(createWriteStream|writeFile|writeFileSync|appendFile|appendFileSync|outputFile|outputFileSync|ensureFile|ensureFileSync|open|openSync|copyFile|copyFileSync|rename|renameSync|symlink|symlinkSync|move|moveSync)$/;
/** Sink labels of the calls WRITE_CALL names (and fs-extra's copy and JSON writers), as the taint engine words them. */
const WRITE_SINK = /(^|\.)(createWriteStream|writeFile|writeFileSync|appendFile|appendFileSync|outputFile|outputFileSync|outputJson|outputJsonSync|writeJson|writeJsonSync|ensureFile|ensureFileSync|open|openSync|copyFile|copyFileSync|copy|copySync|rename|renameSync|symlink|symlinkSync|move|moveSync)\(\)$/;
/** Loops and callbacks over archive entries: how each binds its entry. */
const ENTRY_METHODS = /^(getEntries|entries|files)$/;

export const zipSlip: CodeRule = {
  meta: {
    id: 'js/zip-slip',
    title: 'Archive entries extracted outside the target folder (zip slip)',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [22],
    owasp: 'A01:2021-Broken Access Control',
    tags: ['path-traversal', 'archive', 'injection'],
    description: "Files from a zip or tar archive (adm-zip, unzipper, yauzl, jszip, tar-stream, node-tar) are written to a path built from the entry's stored name (`path.join(dest, entry.path)`) without checking that the resolved path stays inside the target folder, or node-tar is told to keep absolute and `..` paths (`preservePaths: true`). An archive entry named `../../app/server.js` or `/etc/cron.d/x` then overwrites files anywhere the process can write: code, configuration, SSH keys — remote code execution on the next restart.",
    fix: "Resolve each destination and refuse entries that leave the folder: `const dest = path.resolve(root, entry.path); if (dest !== root && !dest.startsWith(root + path.sep)) throw new Error('bad entry');`, or keep only the file name (`path.basename(entry.path)`). Prefer the libraries' own checked extractors (`unzipper.Extract`, `tar.x` without `preservePaths`, `extract-zip`) and skip symlink entries.",
    examples: {
      bad: "for (const entry of new AdmZip(upload).getEntries()) {\n  fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());\n}",
      good: "const root = path.resolve(dest);\nfor (const entry of new AdmZip(upload).getEntries()) {\n  const target = path.resolve(root, entry.entryName);\n  if (!target.startsWith(root + path.sep)) throw new Error(`bad entry ${entry.entryName}`);\n  fs.writeFileSync(target, entry.getData());\n}",
    },
  },
  pattern: {
    create: (ctx) => {
      const archiveModule = [...ctx.modules.specifiers].some((s) => ARCHIVE_MODULES.test(s));
      // A symbolic link made with an archive entry's own target: every later entry written through it lands outside.
      const linkTargets: Visitor = {
        CallExpression(node, ancestors) {
          if (!/^(symlink|symlinkSync|ensureSymlink|ensureSymlinkSync)$/.test(calleeProperty(node) ?? '')) return;
          const callName = fsCallName(ctx, node.callee);
          if (!LINK_CALL.test(callName)) return;
          const target = node.arguments[0] && unwrap(node.arguments[0]);
          if (target?.type !== 'MemberExpression' || !LINK_TARGET_FIELDS.test(propertyName(target) ?? '')) return;
          const fn = [...ancestors].reverse().find((a) => isFunction(a));
          if (checksLinkTarget(ctx, fn?.body ?? ctx.program, ctx.source(target))) return;
          ctx.report(node, `Zip slip: ${callName.split('.').pop()}() creates a link to the archive entry's own target (${ctx.source(target)}) without checking where it points; an entry written through the link (or the link itself, \`-> /etc\`) escapes the target folder`);
        },
      };
      // A hand-written reader: the name field cut out of a header buffer, written to in the same function.
      const headerNames: Visitor = {
        VariableDeclarator(d, ancestors) {
          if (d.id.type !== 'Identifier' || !d.init || !readsHeaderName(ctx, d.init)) return;
          const fn = [...ancestors].reverse().find((a) => isFunction(a));
          checkScope(ctx, fn?.body ?? ctx.program, new Set(), new Set([d.id.name]));
        },
      };
      if (!archiveModule) {
        return withLinkTargets({
          ...headerNames,
          // An extractor handed in from elsewhere, known by tar-stream's entry callback `(header, stream, next)`.
          CallExpression(node) {
            if (calleeProperty(node) !== 'on' || ctx.constantValue(node.arguments[0]) !== 'entry') return;
            const fn = node.arguments[1] && unwrap(node.arguments[1]);
            if (isFunction(fn) && fn.params.length === 3 && fn.params[0]?.type === 'Identifier') checkScope(ctx, fn.body, new Set([fn.params[0].name]), new Set());
          },
        }, linkTargets);
      }
      return withLinkTargets({
        ...headerNames,
        // for (const entry of zip.getEntries()) / for await (const entry of stream.pipe(unzipper.Parse()))
        ForOfStatement(node) {
          if (!isEntryIterable(ctx, node.right)) return;
          const left = node.left.type === 'VariableDeclaration' ? node.left.declarations[0]?.id : node.left;
          // `Object.keys(zip.files)` gives the names themselves; `Object.entries(…)` [name, entry] pairs.
          const over = memberPath(unwrap(node.right).callee ?? node.right);
          if (over === 'Object.keys' && left?.type === 'Identifier') checkScope(ctx, node.body, new Set(), new Set([left.name]));
          else if (over === 'Object.entries' && left?.type === 'ArrayPattern') {
            const [name, entry] = left.elements as (Node | null)[];
            checkScope(ctx, node.body, new Set(entry?.type === 'Identifier' ? [entry.name] : []), new Set(name?.type === 'Identifier' ? [name.name] : []));
          } else if (left?.type === 'Identifier') checkScope(ctx, node.body, new Set([left.name]), new Set());
        },
        CallExpression(node) {
          const prop = calleeProperty(node);
          const name = ctx.qualifiedName(node.callee) ?? '';
          // node-tar keeping absolute and `..` paths.
          if (/^tar\.(x|extract)$/.test(name)) {
            const opts = objectLiteralOf(ctx.program, node.arguments[0]);
            const keep = opts && opts.properties.find((p: Node) => p.type === 'Property' && propertyName(p) === 'preservePaths');
            if (keep && isTrueValue(keep.value, ctx.constantValue)) ctx.report(node, 'Zip slip: tar extraction with preservePaths: true keeps absolute and ../ entry paths, so an archive can write anywhere on disk');
            return;
          }
          // zipfile.on('entry', (entry) => …), extract.on('entry', (header, stream, next) => …)
          if (prop === 'on' && /^(entry|file)$/.test(String(ctx.constantValue(node.arguments[0]) ?? ''))) {
            const fn = node.arguments[1] && unwrap(node.arguments[1]);
            if (isFunction(fn) && fn.params[0]?.type === 'Identifier') checkScope(ctx, fn.body, new Set([fn.params[0].name]), new Set());
            return;
          }
          // jszip: zip.forEach((relativePath, file) => …)
          if (prop === 'forEach' && (/zip/i.test(memberPath(unwrap(node.callee).object ?? node) ?? '') || isArchiveObject(ctx, unwrap(node.callee).object))) {
            const fn = node.arguments[0] && unwrap(node.arguments[0]);
            if (isFunction(fn) && fn.params[0]?.type === 'Identifier') {
              const entries = new Set<string>(fn.params[1]?.type === 'Identifier' ? [fn.params[1].name] : []);
              checkScope(ctx, fn.body, entries, new Set([fn.params[0].name]));
            }
            return;
          }
          // directory.files.forEach((file) => …), zip.getEntries().forEach((entry) => …)
          if (/^(forEach|map)$/.test(prop ?? '') && isEntryIterable(ctx, unwrap(node.callee).object)) {
            const fn = node.arguments[0] && unwrap(node.arguments[0]);
            if (isFunction(fn) && fn.params[0]?.type === 'Identifier') checkScope(ctx, fn.body, new Set([fn.params[0].name]), new Set());
          }
        },
      }, linkTargets);
    },
  },
  // An entry an archive reader handed over, followed through calls, callbacks and other files: its
  // name built into the path of a file written (a wrapper that hands entries to its caller's
  // callback, `walkEntries(zip, (e) => writeEntry(dest, e.name, …))`). Reading is not extracting.
  taint: {
    kinds: ['path'],
    accept: (flow) => flow.source.category === 'archive' && WRITE_SINK.test(flow.sink.label),
    message: (flow) => `Zip slip: ${describeFlow(flow)} as the path of a file it writes, without checking it stays inside the target folder (an entry named ../../x escapes)`,
  },
};

/** Link creation: the first argument is where the new link points. */
const LINK_CALL = /^(fs|fs\/promises|fs\.promises|fs-extra|graceful-fs)\.(symlink|symlinkSync|ensureSymlink|ensureSymlinkSync)$/;
/** A tar header's link target (tar-stream, decompress: `linkname`; node-tar: `linkpath`). */
const LINK_TARGET_FIELDS = /^(linkname|linkpath)$/;

/** Modules and wrappers that stand for the file system (`pify(fs)`, `opts.fs || fs`). */
const FS_MODULE = /^(fs|fs\/promises|fs\.promises|fs-extra|graceful-fs)$/;
const PROMISIFIER = /^(pify|util\.promisify|bluebird\.promisifyAll|promisify|es6-promisify(\.promisify)?)$/;

/**
 * The qualified name of a file-system call, also through the idioms a library uses to let its
 * caller swap the file system or to promisify it: `const xfs = opts.fs || fs; xfs.symlink(…)`,
 * `const fsP = pify(fs); fsP.symlink(…)`.
 */
function fsCallName(ctx: CodeRuleContext, callee: Node): string {
  const direct = ctx.qualifiedName(callee) ?? '';
  const c = unwrap(callee);
  if (c.type !== 'MemberExpression' || unwrap(c.object).type !== 'Identifier') return direct;
  const isFs = (n: Node | undefined, depth = 0): boolean => {
    if (!n || depth > 3) return false;
    if (FS_MODULE.test(ctx.qualifiedName(n) ?? '')) return true;
    const u = unwrap(resolveValue(ctx.program, n).value);
    if (u.type === 'LogicalExpression' && (u.operator === '||' || u.operator === '??')) return isFs(u.right, depth + 1);
    if (u.type === 'CallExpression' && PROMISIFIER.test(ctx.qualifiedName(u.callee) ?? '')) return isFs(u.arguments[0], depth + 1);
    return FS_MODULE.test(ctx.qualifiedName(u) ?? '');
  };
  return isFs(c.object) ? `fs.${propertyName(c) ?? ''}` : direct;
}

/** The function resolves the link target and checks it (`path.resolve(dir, header.linkname)` then startsWith / relative, or refuses absolute and `..` targets). */
function checksLinkTarget(ctx: CodeRuleContext, body: Node, target: string): boolean {
  let checked = false;
  walk(body, [{
    CallExpression(c) {
      if (checked) return;
      const name = ctx.qualifiedName(c.callee) ?? '';
      const uses = c.arguments.some((a: Node) => ctx.source(a).includes(target));
      if (uses && /^path\.(resolve|relative|isAbsolute|posix\.isAbsolute)$/.test(name)) checked = true;
      const p = calleeProperty(c);
      if ((p === 'includes' || p === 'startsWith') && ctx.source(unwrap(c.callee).object ?? c) === target) checked = true;
    },
  }]);
  return checked;
}

/** Another visitor with the link-target check run on its calls too (one walk, both checks). */
function withLinkTargets(visitor: Visitor, links: Visitor): Visitor {
  const own = visitor.CallExpression;
  return { ...visitor, CallExpression: (n, ancestors) => { own?.(n, ancestors); links.CallExpression!(n, ancestors); } };
}

/** The methods a header's name field is cut out with (a cheap test before walking an initialiser). */
const HEADER_SLICE_METHOD = /toString|slice|subarray/;

/**
 * `buf.toString('utf8', off, off + 100)` or `buf.slice(0, 100).toString()`: the 100-byte name field
 * at the start of a tar header; `buf.toString('utf8', off + 30, off + 30 + len)` (46 in the central
 * directory): a zip entry's name. The format fixes where the name is, whatever the code calls it.
 */
function readsHeaderName(ctx: CodeRuleContext, init: Node): boolean {
  // (Every declaration's initialiser is asked: most name none of these methods, and the file's
  // matches answer it without walking or reading the initialiser — nested declarations would be
  // read once per level.)
  if (!textMatchesWithin(ctx.text, HEADER_SLICE_METHOD, init)) return false;
  // A function is not a name read from a header (and a bundle's factories nest thousands of
  // declarations): calls inside functions are their own declarations' business.
  const todo: Node[] = [init];
  for (let n = todo.pop(); n; n = todo.pop()) {
    if (isFunction(n)) continue;
    if (n.type === 'CallExpression' && isHeaderNameRead(ctx, n)) return true;
    todo.push(...children(n));
  }
  return false;
}

/** `header.toString('utf8', 0, 100)`, `buf.slice(offset, offset + 100)`: a tar header's name field. */
function isHeaderNameRead(ctx: CodeRuleContext, c: Node): boolean {
  const p = calleeProperty(c);
  const args: Node[] = c.arguments;
  const range = p === 'toString' && args.length === 3 ? [args[1], args[2]] : /^(slice|subarray)$/.test(p ?? '') && args.length === 2 ? [args[0], args[1]] : undefined;
  if (!range) return false;
  const start = ctx.source(range[0]!).replace(/\s+/g, '');
  const end = ctx.source(range[1]!).replace(/\s+/g, '');
  return (start === '0' && end === '100') || end === `${start}+100` || (/(^|\+)(30|46)$/.test(start) && end.startsWith(`${start}+`));
}

/** `zip.getEntries()`, `directory.files`, `Object.values(zip.files)`, a stream piped into `unzipper.Parse()`. */
function isEntryIterable(ctx: CodeRuleContext, node: Node | undefined, depth = 0): boolean {
  if (!node || depth > 3) return false;
  const n = unwrap(node);
  if (n.type === 'Identifier') {
    const v = resolveValue(ctx.program, n).value;
    return v !== n && isEntryIterable(ctx, v, depth + 1);
  }
  // `await zip.entries()` (node-stream-zip), `for await (const e of await yauzl.open(p))`: what the promise gives.
  if (n.type === 'AwaitExpression') return isEntryIterable(ctx, n.argument, depth + 1);
  const text = ctx.source(n);
  // decompress(buf) resolves to the list of entries it read.
  if (n.type === 'CallExpression' && /^decompress(\.default)?$/.test(ctx.qualifiedName(n.callee) ?? '')) return true;
  if (/unzipper\.Parse|\.Parse\(/.test(text) || /^(unzipper|yauzl)/.test(ctx.qualifiedName(n.type === 'CallExpression' ? n.callee : n) ?? '')) return true;
  // The archive is known by its name (`zip.getEntries()`) or by where it came from, in a variable or
  // not (`new AdmZip(buf).getEntries()`, `(await JSZip.loadAsync(buf)).files`).
  if (n.type === 'CallExpression' && ENTRY_METHODS.test(calleeProperty(n) ?? '') && (/zip|archive|directory|dir|bundle|upload/i.test(memberPath(unwrap(n.callee).object ?? n) ?? '') || isArchiveObject(ctx, unwrap(n.callee).object))) return true;
  if (n.type === 'MemberExpression' && propertyName(n) === 'files' && (/zip|archive|directory|dir|bundle/i.test(memberPath(n.object) ?? '') || isArchiveObject(ctx, n.object))) return true;
  if (n.type === 'CallExpression' && /^Object\.(values|keys|entries)$/.test(memberPath(n.callee) ?? '')) return isEntryIterable(ctx, n.arguments[0], depth + 1);
  return false;
}

/**
 * An archive object by its origin: made or opened by an archive library (`new AdmZip(buf)`,
 * `await unzipper.Open.file(p)`, `await JSZip.loadAsync(buf)`, `new JSZip().loadAsync(buf)`,
 * `new StreamZip.async({ file })`), directly or through a variable.
 */
function isArchiveObject(ctx: CodeRuleContext, node: Node | undefined, depth = 0): boolean {
  if (!node || depth > 4) return false;
  const n = unwrap(node);
  if (n.type === 'AwaitExpression') return isArchiveObject(ctx, n.argument, depth + 1);
  if (n.type === 'Identifier') {
    const v = resolveValue(ctx.program, n).value;
    return v !== n && isArchiveObject(ctx, v, depth + 1);
  }
  if (n.type !== 'CallExpression' && n.type !== 'NewExpression') return false;
  if (ARCHIVE_EXPORT.test(ctx.qualifiedName(n.callee) ?? '')) return true;
  // jszip's `loadAsync` resolves to the archive it is called on.
  return calleeProperty(n) === 'loadAsync' && isArchiveObject(ctx, unwrap(n.callee).object, depth + 1);
}

/**
 * Inside a loop body or callback where `entries` hold archive entries (and `names` their stored
 * names): report file writes whose path is built from an entry name, unless the body checks the
 * resolved destination (startsWith / path.relative) or keeps only the base name.
 */
function checkScope(ctx: CodeRuleContext, body: Node, entries: Set<string>, names: Set<string>): void {
  const fromEntry = new Set(names);
  const isEntryName = (n: Node): boolean => {
    const u = unwrap(n);
    if (u.type === 'Identifier') return fromEntry.has(u.name);
    if (u.type === 'MemberExpression') {
      const obj = unwrap(u.object);
      if (obj.type === 'Identifier' && entries.has(obj.name) && NAME_FIELDS.has(propertyName(u) ?? '')) return true;
      // entry.header.name (tar-stream), entry.props.path
      if (obj.type === 'MemberExpression' && unwrap(obj.object).type === 'Identifier' && entries.has(unwrap(obj.object).name) && NAME_FIELDS.has(propertyName(u) ?? '')) return true;
    }
    return false;
  };
  /** Does the expression build a path from an entry name (not through basename)? */
  const usesName = (n: Node | undefined): boolean => {
    if (!n) return false;
    let found = false;
    walk(n, [{
      Identifier(x) { if (!found && isEntryName(x)) found = true; },
      MemberExpression(x) { if (!found && isEntryName(x)) found = true; },
    }]);
    if (!found) return false;
    return !/\bbasename\s*\(/.test(ctx.source(n));
  };
  let checked = false;
  /** Variables holding a normalised destination built from the name: `path.resolve(root, entry.path)`. */
  const resolved = new Set<string>();
  /**
   * Block-scoped declarations by block: a `const dest` of an inner block is another variable than
   * the loop body's `const dest` (`if (art) { const dest = path.resolve(root, basename(name)) … }`).
   */
  const blockDecls = new Map<Node, Map<string, boolean>>();
  // Names derived from the entry name inside the body: `const target = path.join(dest, entry.path)`.
  walk(body, [{
    VariableDeclarator(d, ancestors) {
      if (d.id.type !== 'Identifier') return;
      const decl = ancestors[ancestors.length - 1];
      const block = decl?.type === 'VariableDeclaration' && decl.kind !== 'var' ? [...ancestors].reverse().find((a) => a.type === 'BlockStatement' || isFunction(a)) ?? body : undefined;
      const derived = !!d.init && usesName(d.init);
      if (block) {
        if (!blockDecls.has(block)) blockDecls.set(block, new Map());
        blockDecls.get(block)!.set(d.id.name, derived);
      }
      if (!derived) return;
      fromEntry.add(d.id.name);
      const init = unwrap(d.init);
      if (init.type === 'CallExpression' && /^path\.(resolve|join|normalize)$/.test(ctx.qualifiedName(init.callee) ?? '')) resolved.add(d.id.name);
    },
    CallExpression(c) {
      const p = calleeProperty(c);
      const receiver = unwrap(c.callee).type === 'MemberExpression' ? unwrap(unwrap(c.callee).object) : undefined;
      // A containment check on the normalised destination (startsWith on the raw name proves nothing).
      if (p === 'startsWith' && receiver?.type === 'Identifier' && resolved.has(receiver.name)) checked = true;
      // name.includes('..') / name.indexOf('..'): entries with a parent step are refused.
      if ((p === 'includes' || p === 'indexOf') && receiver && isEntryName(receiver) && /^['"`]\.\.['"`]$/.test(ctx.source(c.arguments[0] ?? c))) checked = true;
      if (/^path\.relative$/.test(ctx.qualifiedName(c.callee) ?? '') && c.arguments.some((a: Node) => usesName(a) || (unwrap(a).type === 'Identifier' && fromEntry.has(unwrap(a).name)))) checked = true;
    },
  }]);
  if (checked) return;
  walk(body, [{
    CallExpression(c, ancestors) {
      const name = ctx.qualifiedName(c.callee) ?? '';
      if (!WRITE_CALL.test(name)) return;
      const targets = /\.(rename|renameSync|copyFile|copyFileSync|symlink|symlinkSync|move|moveSync)$/.test(name) ? [c.arguments[1]] : [c.arguments[0]];
      // A plain variable: its nearest enclosing block's declaration decides.
      const visible = (t: Node | undefined): boolean | undefined => {
        const u = t && unwrap(t);
        if (u?.type !== 'Identifier') return undefined;
        for (const a of [...ancestors].reverse()) {
          const own = blockDecls.get(a)?.get(u.name);
          if (own !== undefined) return own;
        }
        return blockDecls.get(body)?.get(u.name);
      };
      if (targets.some((t: Node | undefined) => visible(t) ?? usesName(t))) {
        ctx.report(c, `Zip slip: ${name.split('.').pop()}() writes to a path built from an archive entry's name without checking it stays inside the target folder (an entry named ../../x escapes)`);
      }
    },
  }]);
}

