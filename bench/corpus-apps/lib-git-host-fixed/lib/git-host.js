'use strict';

const { hosts } = require('./hosts');

class GitHost {
  constructor(type, user, auth, project, committish, defaultRepresentation, opts = {}) {
    Object.assign(this, hosts[type]);
    this.type = type;
    this.user = user;
    this.auth = auth;
    this.project = project;
    this.committish = committish;
    this.default = defaultRepresentation;
    this.opts = opts;
  }

  hash() {
    return this.committish ? `#${this.committish}` : '';
  }

  _fill(template, opts) {
    if (typeof template !== 'function') return null;
    const options = { ...this, ...this.opts, ...opts };
    if (!options.path) options.path = '';
    if (options.noCommittish) options.committish = null;
    const result = template(options);
    return options.noGitPlus && result.startsWith('git+') ? result.slice(4) : result;
  }

  ssh(opts) { return this._fill(this.sshtemplate, opts); }
  sshurl(opts) { return this._fill(this.sshurltemplate, opts); }
  browse(opts) { return this._fill(this.browsetemplate, opts); }
  https(opts) { return this._fill(this.httpstemplate, opts); }
  tarball(opts) { return this._fill(this.tarballtemplate, { ...opts, noCommittish: false }); }
  shortcut(opts) { return this._fill(this.shortcuttemplate, opts); }
  path(opts) { return this._fill(this.pathtemplate, opts); }

  getDefaultRepresentation() {
    return this.default;
  }

  toString(opts) {
    if (this.default && typeof this[this.default] === 'function') return this[this.default](opts);
    return this.sshurl(opts);
  }
}

module.exports = GitHost;
