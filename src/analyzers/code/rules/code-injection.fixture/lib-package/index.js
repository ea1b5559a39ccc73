// A template engine package: the template is code by contract; its options are not.
function toSource(template) {
  let out = "let s = '';\n";
  let last = 0;
  const tags = /<%=([\s\S]+?)%>/g;
  let m;
  while ((m = tags.exec(template)) !== null) {
    out += `s += ${JSON.stringify(template.slice(last, m.index))} + (${m[1]});\n`;
    last = m.index + m[0].length;
  }
  return out + `s += ${JSON.stringify(template.slice(last))};\nreturn s;`;
}

function compile(template, options = {}) {
  const name = options.variable || 'data';
  // ruleid: js/code-injection
  return new Function(`return function (${name}) {\n${toSource(template)}\n};`)();
}

function compileSafe(template, options = {}) {
  const name = options.variable || 'data';
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new TypeError('invalid variable name');
  // ok: js/code-injection
  return new Function(`return function (${name}) {\n${toSource(template)}\n};`)();
}

module.exports = { compile, compileSafe };
