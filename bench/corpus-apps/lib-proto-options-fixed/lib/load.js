'use strict';

const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { Root } = require('./reflection');

function resolveImport(origin, target, includeDirs) {
  if (path.isAbsolute(target)) return target;
  const candidates = [path.resolve(path.dirname(origin), target)].concat(
    (includeDirs || []).map((dir) => path.resolve(dir, target)),
  );
  return candidates.find((p) => fs.existsSync(p)) || candidates[0];
}

/**
 * Loads one or more .proto files (and their imports) synchronously into a Root.
 * @param {string|string[]} filenames
 * @param {{ root?: Root, keepCase?: boolean, includeDirs?: string[] }} [options]
 */
function loadSync(filenames, options) {
  options = options || {};
  const root = options.root || new Root();
  const queue = [].concat(filenames).map((f) => path.resolve(f));
  const seen = new Set();
  while (queue.length) {
    const filename = queue.shift();
    if (seen.has(filename)) continue;
    seen.add(filename);
    const source = fs.readFileSync(filename, 'utf8');
    const parsed = parse(source, root, { keepCase: options.keepCase });
    root.files.push(filename);
    for (const imp of (parsed.imports || []).concat(parsed.weakImports || [])) {
      if (imp.startsWith('google/protobuf/')) continue;
      queue.push(resolveImport(filename, imp, options.includeDirs));
    }
  }
  return root;
}

function load(filenames, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const run = () =>
    new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(loadSync(filenames, options));
        } catch (err) {
          reject(err);
        }
      });
    });
  if (!callback) return run();
  run().then((root) => callback(null, root), callback);
  return undefined;
}

module.exports = { load, loadSync };
