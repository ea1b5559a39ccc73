'use strict';

// The view's text is embedded as a string; the names are declared as variables of the generated code.
function emitFn(text, o) {
  const body = `var ${o.writer} = function (s) { acc += s; };\nvar acc = "";\n${o.writer}(${JSON.stringify(text)});\nreturn acc;`;
  // ruleid: js/code-injection
  return new Function(o.scopeName, body);
}

function emitFnChecked(text, o) {
  const body = `var ${o.writer} = function (s) { acc += s; };\nvar acc = "";\n${o.writer}(${JSON.stringify(text)});\nreturn acc;`;
  // ok: js/code-injection
  return new Function(o.scopeName, body);
}

module.exports = { emitFn, emitFnChecked };
