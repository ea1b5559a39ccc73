// Resolves an API path against the client's base URL.
function resolvePath(base, path) {
  return new URL(String(path).replace(/^\/+/, ''), base);
}

module.exports = { resolvePath };
