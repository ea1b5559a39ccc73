'use strict';

const { spawn } = require('child_process');
const { buildEnvelope } = require('./envelope');
const { buildMessage } = require('./message');

/**
 * @typedef {object} Mail
 * @property {string|string[]} from
 * @property {string|string[]} to
 * @property {string|string[]} [cc]
 * @property {string|string[]} [bcc]
 * @property {string} [replyTo]
 * @property {string} [subject]
 * @property {string} [text]
 * @property {string} [html]
 * @property {{ from: string, to: string|string[] }} [envelope]
 */

function run(child, input, timeout) {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`sendmail exited with code ${code}: ${stderr.trim()}`));
    });
    if (input) child.stdin.end(input);
    else child.stdin.end();
  });
}

class SendmailTransport {
  /** @param {Required<import('./options').TransportOptions>} options */
  constructor(options) {
    this.options = options;
    this.name = 'sendmail';
  }

  /**
   * Sends one message: `sendmail -i -f <from> <recipients...>` with the message on stdin.
   * @param {Mail} mail
   * @returns {Promise<{ envelope: { from: string, to: string[] } }>}
   */
  async send(mail) {
    const envelope = buildEnvelope(mail);
    const args = ['-i', ...this.options.args];
    if (envelope.from) args.push('-f', envelope.from);
    args.push(...envelope.to);
    // vuln: CWE-88
    const child = spawn(this.options.path, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    await run(child, buildMessage(mail, this.options.newline), this.options.timeout);
    return { envelope };
  }

  /**
   * Asks sendmail whether it can deliver to `address` (`sendmail -bv -- <address>`).
   * @param {string} address
   * @returns {Promise<boolean>}
   */
  async verify(address) {
    const child = spawn(this.options.path, ['-bv', '--', String(address)], { stdio: ['pipe', 'ignore', 'pipe'] });
    try {
      await run(child, null, this.options.timeout);
      return true;
    } catch (err) {
      return false;
    }
  }

  /** Runs `sendmail -bt` with no input to check the binary starts. */
  async ping() {
    const child = spawn(this.options.path, ['-bt'], { stdio: ['pipe', 'ignore', 'pipe'] });
    await run(child, '', this.options.timeout);
    return true;
  }
}

module.exports = { SendmailTransport };
