// Classes whose constructor arguments configure the instance: not a visitor's data.
const TOKEN = /^\s*(\S+?)(?:-(\S+?))?\s*(?:;(.*))?$/;

// A class named as code is built from its code (the developer's template).
class Template {
  constructor(text) {
    this.templateText = text;
  }

  trimmed() {
    // ok: js/redos
    return this.templateText.replace(/[ \t]*<%_/gm, '<%_');
  }
}

// An object of named properties (`new Loader({ dir, name })`) configures the instance.
class Loader {
  constructor(props) {
    this.props = props;
  }

  entry() {
    // ok: js/redos
    return TOKEN.exec(this.props.name);
  }
}

// The same method on a class built from the caller's data.
class Tokenizer {
  constructor(input) {
    this.input = input;
  }

  first() {
    // ruleid: js/redos
    return TOKEN.exec(this.input);
  }
}

module.exports = { Template, Loader, Tokenizer };
