/** The text scan that orders pass 1 (code/import-specifiers.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { esmExports, importSpecifiers, reexportSpecifiers } from '../../src/analyzers/code/import-specifiers.js';

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

test('reexportSpecifiers: CommonJS entry modules that hand on required modules as members', () => {
  // `exports.X = require(…)` at any depth, and requires inside an exported object literal.
  assert.deepEqual(reexportSpecifiers("exports.Client = require('./client.js')\nmodule.exports.Edge = require('./edge.js')\nmodule.exports.a.b = require('./deep')"), ['./client.js', './edge.js', './deep']);
  assert.deepEqual(reexportSpecifiers("module.exports = {\n  clone: require('./clone.js'),\n  revs: require('./revs.js'),\n}"), ['./clone.js', './revs.js']);
  // TypeScript's CommonJS output (`exports.Diff = base_1.default`), a member of an export, an instance.
  assert.deepEqual(reexportSpecifiers('var base_1 = require("./diff/base.js");\nexports.Diff = base_1.default;\n'), ['./diff/base.js']);
  assert.deepEqual(reexportSpecifiers("const rm = require('./rm.js')\nmodule.exports.rm.all = rm.all\n"), ['./rm.js']);
  assert.deepEqual(reexportSpecifiers("const { Store } = require('./store')\nmodule.exports.store = new Store()\n"), ['./store']);
  // Several declarators in one statement.
  assert.deepEqual(reexportSpecifiers("var Code = require('./code'),\n    Level = require('./level');\nmodule.exports = { Level };\n"), ['./level']);
  // Members given to the exported object or class.
  assert.deepEqual(reexportSpecifiers("import Axios from './core/Axios.js';\nimport spread from './helpers/spread.js';\nimport utils from './utils.js';\nconst axios = createInstance();\naxios.Axios = Axios;\naxios.spread = spread;\nutils.x = 1;\nexport default axios;\n"), ['./core/Axios.js', './helpers/spread.js']);
  assert.deepEqual(reexportSpecifiers("const Op = require('./operators');\nclass Sequelize {}\nSequelize.Op = Op;\nmodule.exports = Sequelize;\n"), ['./operators']);
  // TypeScript's and Babel's CommonJS output, Object.assign and spread onto the exports.
  assert.deepEqual(reexportSpecifiers('tslib_1.__exportStar(require("./users"), exports);\n__exportStar(require("./orders"), exports);\n'), ['./users', './orders']);
  assert.deepEqual(reexportSpecifiers('var users_1 = require("./users");\nvar other_1 = require("./other");\nObject.defineProperty(exports, "findUser", { enumerable: true, get: function () { return users_1.findUser; } });\nother_1.x();\n'), ['./users']);
  assert.deepEqual(reexportSpecifiers("Object.assign(module.exports, require('./a'), require('./b'));\n"), ['./a', './b']);
  assert.deepEqual(reexportSpecifiers("module.exports = { ...require('./a'), ...orders };\nconst orders = require('./orders');\n"), ['./a', './orders']);
  // Required and used, never exported: not re-exported.
  assert.deepEqual(reexportSpecifiers("const run = require('./run')\nexports.start = function () { return run() }\n"), []);
});

test('esmExports: re-exports and exports of imported bindings, as the link step reads them from the tree', () => {
  const text = [
    "import def, { a, b as bee } from './x.js';",
    "import * as ns from './ns.js';",
    "export * from './all.js';",
    "export * as tools from './tools.js';",
    "export { c, d as dee, type T } from './y.js';",
    'export { a as alpha, bee, ns, local };',
    'export default def;',
    'const local = 1;',
  ].join('\n');
  assert.deepEqual(esmExports(text), {
    reexports: [{ spec: './all.js' }, { spec: './tools.js', as: 'tools' }, { spec: './y.js', names: { c: 'c', dee: 'd', T: 'T' } }],
    exportRefs: { alpha: './x.js#a', bee: './x.js#b', ns: './ns.js#*', default: './x.js#default' },
  });
  // A module with CommonJS exports is not read from its text.
  assert.equal(esmExports("export { a } from './a';\nmodule.exports.b = 1;"), undefined);
});
