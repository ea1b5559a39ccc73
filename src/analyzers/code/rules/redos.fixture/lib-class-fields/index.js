// A library package exporting a class: fields its constructor stored from its parameters hold the
// caller's data in every public method.
const TOKEN = /^\s*(\S+?)(?:-(\S+?))?\s*(?:;(.*))?$/;

class Matcher {
  constructor(header, settings) {
    this.header = header;
    this.settings = settings;
    this.separator = ',';
  }

  first() {
    const parts = this.header.split(this.separator);
    return parseOne(parts[0]);
  }

  // Settings and a constant field: chosen by the developer.
  fallback() {
    // ok: js/redos
    return /^\s*(\w+?)(?:-(\S+?))?\s*$/.exec(this.settings.fallback + this.separator);
  }
}

function parseOne(str) {
  // ruleid: js/redos
  return TOKEN.exec(str);
}

module.exports = Matcher;
