// A command-line framework: members private by convention are called by its own code, with the
// paths and arguments it worked out itself; only its public methods take the caller's input.
const childProcess = require('child_process');

class Program {
  constructor(name) {
    this.name = name;
    this.handlers = new Map();
  }

  // Public: the caller's words reach a private helper that builds them into a shell line.
  dispatch(sub, args) {
    return this._shell(`${this.name}-${sub}`, args);
  }

  _shell(bin, args) {
    // ruleid: js/command-injection
    return childProcess.execSync(`${bin} ${args.join(' ')}`);
  }

  // Named private: run by the package itself (not from a public method here).
  _executeSubCommand(file, args) {
    // ok: js/command-injection
    return childProcess.execSync(`node ${file} ${args.join(' ')}`);
  }

  /**
   * Starts the subcommand's executable.
   *
   * @param {string} file
   * @private
   */
  launch(file, args) {
    // ok: js/command-injection
    return childProcess.exec(`node ${file} ${args.join(' ')}`);
  }

  /**
   * @api private
   */
  static open(target) {
    // ok: js/command-injection
    return childProcess.exec(`xdg-open ${target}`);
  }

  /** @internal */
  help(topic) {
    // ok: js/command-injection
    return childProcess.execSync(`man ${topic}`);
  }

  // Documented, but not as private: a public member.
  /** Runs a script of the project. */
  script(name) {
    // ruleid: js/command-injection
    return childProcess.execSync(`npm run ${name}`);
  }
}

function _spawn(cmd) {
  // ok: js/command-injection
  return childProcess.exec(`sh -c ${cmd}`);
}

function runAll(cmds) {
  // ruleid: js/command-injection
  return cmds.map((c) => childProcess.exec(`sh -c ${c}`));
}

module.exports = { Program, runAll, _spawn };
