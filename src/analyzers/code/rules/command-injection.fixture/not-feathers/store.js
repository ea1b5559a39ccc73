const { exec } = require('child_process');

// The same method names in a package that does not run under Feathers: a store's own API.
class Store {
  async get (id, params) {
    // ok: js/command-injection
    exec(`identify store/${id}`);
  }

  async create (data, params) {
    // ok: js/command-injection
    exec('convert ' + data.source);
  }
}

module.exports = { Store };
