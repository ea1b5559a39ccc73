/** The text scan that orders pass 1 (code/import-specifiers.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importSpecifiers, reexportSpecifiers } from '../../src/analyzers/code/import-specifiers.js';

test('importSpecifiers: ESM, CommonJS and dynamic imports; template specifiers with expressions are not', () => {
  const text = [
    "import a from './a';",
    "import * as b from \"../b.js\";",
    "import './side-effect';",
    "export * from './all';",
    "export { x as y } from './named';",
    "const c = require('./c');",
    'const d = await import(`./d`);',
    'const e = require(`./e/${name}`);',
    "const f = require ( './f' );",
  ].join('\n');
  assert.deepEqual(importSpecifiers(text).sort(), ['../b.js', './a', './all', './c', './d', './f', './named', './side-effect'].sort());
});

test('reexportSpecifiers: whole re-exports and imported bindings exported again, not plain imports', () => {
  const text = [
    "export * from './all';",
    "export { x } from './named';",
    "const used = require('./used');",
    "const kept = require('./kept');",
    "const { part } = require('./parts');",
    "import Thing from './thing';",
    'used();',
    'module.exports = { kept, part };',
    'export default Thing;',
  ].join('\n');
  assert.deepEqual(reexportSpecifiers(text).sort(), ['./all', './kept', './named', './parts', './thing'].sort());
  assert.deepEqual(reexportSpecifiers("module.exports = require('./impl');"), ['./impl']);
  assert.deepEqual(reexportSpecifiers("import { fmt } from './fmt.js';\nimport { other } from './other.js';\nexport const locale = { code: 'af', fmt: fmt };"), ['./fmt.js']);
  // Babel's CommonJS output: `exports.x = { a: _mod.a }` and `export *` as Object.keys(…).forEach.
  assert.deepEqual(reexportSpecifiers('var _index = require("./a.cjs");\nvar _other = require("./b.cjs");\nconst af = (exports.af = { fmt: _index.fmt });'), ['./a.cjs']);
  assert.deepEqual(reexportSpecifiers('var _index = require("./locale/af.cjs");\nObject.keys(_index).forEach(function (key) {\n  exports[key] = _index[key];\n});'), ['./locale/af.cjs']);
  assert.deepEqual(reexportSpecifiers("const a = require('./a');\na();"), []);
});
