import { spawn } from 'node:child_process';
import { readFlags } from './tags.js';

const READY = /\{ready(\d+)\}\r?\n$/;

// One long-lived `exiftool -stay_open True -@ -` process: arguments are written to its stdin,
// one per line, each command ends with "-execute<n>".
export class ExifDaemon {
  constructor({ bin = 'exiftool', cwd } = {}) {
    this.proc = spawn(bin, ['-stay_open', 'True', '-@', '-'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.seq = 0;
    this.pending = new Map();
    this.buffer = '';
    this.proc.stdout.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
  }

  onData(chunk) {
    this.buffer += chunk;
    const match = READY.exec(this.buffer);
    if (!match) return;
    const output = this.buffer.slice(0, match.index);
    this.buffer = '';
    const waiter = this.pending.get(Number(match[1]));
    this.pending.delete(Number(match[1]));
    if (waiter) waiter(output);
  }

  read(file, options = {}) {
    const id = ++this.seq;
    const lines = [...readFlags(options), file, `-execute${id}`];
    return new Promise((resolve, reject) => {
      this.pending.set(id, (output) => {
        try {
          resolve(JSON.parse(output)[0]);
        } catch (err) {
          reject(err);
        }
      });
      // vuln: CWE-88
      this.proc.stdin.write(`${lines.join('\n')}\n`);
    });
  }

  end() {
    return new Promise((resolve) => {
      this.proc.once('exit', () => resolve());
      this.proc.stdin.write('-stay_open\nFalse\n');
    });
  }
}
