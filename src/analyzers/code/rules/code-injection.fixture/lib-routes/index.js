// A library compiling route templates: a check that the route starts with '/' says nothing about
// code built from it.
function compileRoute(route) {
  if (!route.startsWith('/')) throw new Error('route must start with /');
  // ruleid: js/code-injection
  return new Function('params', 'return `' + route + '`;');
}

function compileRouteSafe(route) {
  if (!/^\/[\w/:-]*$/.test(route)) throw new Error('invalid route');
  // ok: js/code-injection
  return new Function('params', 'return `' + route + '`;');
}

module.exports = { compileRoute, compileRouteSafe };
