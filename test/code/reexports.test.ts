/** Re-exports read from a module's tree (code/reexports.ts), ESM and the CommonJS compilers write. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJs } from '../../src/analyzers/code/frontend/js/parse.js';
import { collectReexports } from '../../src/analyzers/code/reexports.js';

const reexports = (text: string) => {
  const parsed = parseJs('lib/index.js', text);
  assert.ok(parsed.program, 'parses');
  return collectReexports(parsed.program);
};

test('ESM: export * from and export { … } from', () => {
  assert.deepEqual(reexports("export * from './all';\nexport { a as b } from './named';\n"), [{ spec: './all' }, { spec: './named', names: { b: 'a' } }]);
});

test('ESM: export * as ns from keeps the namespace name', () => {
  assert.deepEqual(reexports("export * as users from './users.js';\nexport * from './all';\n"), [{ spec: './users.js', as: 'users' }, { spec: './all' }]);
});

test("TypeScript's CommonJS output: __exportStar and getters on exports", () => {
  const text = [
    '"use strict";',
    'var __exportStar = (this && this.__exportStar) || function (m, exports) { for (var p in m) exports[p] = m[p]; };',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    '__exportStar(require("./users"), exports);',
    'tslib_1.__exportStar(require("./orders"), exports);',
    'var hosts_1 = require("./hosts");',
    'Object.defineProperty(exports, "ping", { enumerable: true, get: function () { return hosts_1.ping; } });',
    'Object.defineProperty(exports, "trace", { enumerable: true, get: () => hosts_1.traceroute });',
  ].join('\n');
  assert.deepEqual(reexports(text), [{ spec: './users' }, { spec: './orders' }, { spec: './hosts', names: { ping: 'ping', trace: 'traceroute' } }]);
  // Babel writes the getters first and the (hoisted) requires after them.
  const babel = 'Object.defineProperty(exports, "getEnv", {\n  enumerable: true,\n  get: function () {\n    return _environment.getEnv;\n  }\n});\nvar _environment = require("./config/helpers/environment.js");\n';
  assert.deepEqual(reexports(babel), [{ spec: './config/helpers/environment.js', names: { getEnv: 'getEnv' } }]);
});

test("Babel's export-all loop, Object.assign and spread onto module.exports", () => {
  const babel = 'var _a = require("./a");\nObject.keys(_a).forEach(function (key) {\n  exports[key] = _a[key];\n});\n';
  assert.deepEqual(reexports(babel), [{ spec: './a' }]);
  assert.deepEqual(reexports("Object.assign(module.exports, require('./a'), require('./b'));\n"), [{ spec: './a' }, { spec: './b' }]);
  assert.deepEqual(reexports("const orders = require('./orders');\nmodule.exports = { ...require('./users'), ...orders, version: 1 };\n"), [{ spec: './users' }, { spec: './orders' }]);
});

test('not re-exports: a loop that does not write exports, a getter that computes, a plain require', () => {
  assert.deepEqual(reexports('var _a = require("./a");\nObject.keys(_a).forEach(function (key) { console.log(key); });\n'), []);
  assert.deepEqual(reexports('var x_1 = require("./x");\nObject.defineProperty(exports, "y", { get: function () { return compute(x_1); } });\n'), []);
  assert.deepEqual(reexports("const a = require('./a');\nObject.assign(target, require('./b'));\nmodule.exports = { run: a.run };\n"), []);
});
