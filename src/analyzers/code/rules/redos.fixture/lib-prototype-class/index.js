// A library package exporting a constructor function: the caller makes an instance (`new Reader(req)`)
// and calls its prototype methods, so what the constructor stored from its parameters and what the
// methods take are the caller's input.
var TOKEN = /^\s*(\S+?)(?:-(\S+?))?\s*(?:;(.*))?$/;

function Reader(request, options) {
  if (!(this instanceof Reader)) return new Reader(request, options);
  this.request = request;
  this.options = options || {};
}

Reader.prototype.tags = function tags() {
  return this.request.headers['x-tags'].split(',').map(parseTag);
};

Reader.prototype.parse = function parse(text) {
  // ruleid: js/redos
  return TOKEN.exec(text);
};

// The instance's settings are the developer's choice, not a visitor's.
Reader.prototype.fallbackTag = function fallbackTag() {
  // ok: js/redos
  return /^\s*(\S+?)(?:-(\S+?))?\s*$/.exec(this.options.fallback);
};

function parseTag(str) {
  // ruleid: js/redos
  return TOKEN.exec(str);
}

module.exports = Reader;
