const { exec, execFile } = require('child_process');

// A Feathers 4 custom service, as the generator writes it: no import, the methods' shape says it.
exports.Uploads = class Uploads {
  constructor (options, app) {
    this.options = options || {};
    this.app = app;
  }

  async get (id, params) {
    // ruleid: js/command-injection
    exec(`identify uploads/${id}`);
    return { id };
  }

  async create (data, params) {
    // ruleid: js/command-injection
    exec('convert ' + data.source + ' -resize 200x200 thumb.png');
    // ok: js/command-injection
    execFile('convert', [`uploads/${data.source}`, '-resize', '200x200', 'thumb.png']);
    return data;
  }

  async find (params) {
    const { format } = params.query;
    // ruleid: js/command-injection
    exec(`ls uploads/*.${format}`);
    // The user the authentication hook put there is the server's, not the client's.
    // ok: js/command-injection
    exec(`du -sh uploads/${params.user.id}`);
    return [];
  }
};

// A cache helper with methods of the same names is no service: nothing here comes from a client.
exports.ThumbCache = class ThumbCache {
  get (key) {
    // ok: js/command-injection
    exec(`cat cache/${key}`);
  }

  create (entry) {
    // ok: js/command-injection
    exec(`touch cache/${entry.name}`);
  }
};
