// A router package: a path registered with a handler is a route pattern (`/users/:id{[0-9]+}`) it compiles.
class PatternRouter {
  constructor() {
    this.routes = [];
  }

  add(method, path, handler) {
    const parts = (path.match(/\/?(:\w+(?:{[^}]+})?)|\/?[^/]+/g) || []).map((part) => {
      const m = part.match(/^\/:(\w+)(?:{(.*)})?/);
      return m ? `/(?<${m[1]}>${m[2] || '[^/]+'})` : part.replace(/[.\\+*[^\]$()]/g, '\\$&');
    });
    // ok: js/regex-injection
    this.routes.push([new RegExp(`^${parts.join('')}/?$`), method, handler]);
  }

  // A path looked up without a handler is the text of a request path, not a pattern.
  find(method, path) {
    // ruleid: js/regex-injection
    const re = new RegExp(`^${path}$`);
    return this.routes.filter(([, m, h]) => m === method && re.test(h.name));
  }
}

module.exports = { PatternRouter };
