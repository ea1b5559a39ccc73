// A compiler package whose callers extend it with plugins: a plugin is code the caller chose to load.
function applyPlugins(value, options, plugins, name) {
  return plugins.reduce((v, plugin) => (plugin[name] ? plugin[name](v, options) : v), value);
}

function compileBody(str, options) {
  const plugins = options.plugins || [];
  let js = `return ${JSON.stringify(String(str))};`;
  js = applyPlugins(js, options, plugins, 'postCodeGen');
  return { body: js };
}

function compile(str, options = {}) {
  const parsed = compileBody(str, { plugins: options.plugins });
  // ok: js/code-injection
  return new Function('locals', parsed.body + ';');
}

// `--plugin "{ transform(code) { … } }"` on the command line: an inline plugin is written as code.
function loadPlugin(options) {
  const text = options.plugin;
  // ok: js/code-injection
  if (text[0] === '{') return new Function('return ' + text)();
  return require(text);
}

// The same compiler with an option that is a name, not code: it is still spliced into the function text.
function compileNamed(str, options = {}) {
  const name = options.localsName || 'locals';
  // ruleid: js/code-injection
  return new Function(`return function (${name}) { return ${JSON.stringify(String(str))}; }`)();
}

module.exports = { compile, loadPlugin, compileNamed };
