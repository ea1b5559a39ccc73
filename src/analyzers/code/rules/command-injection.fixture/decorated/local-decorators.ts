// A decorator of the same name from the project itself is not the framework's: no source.
import { Path } from './path-decorator';
import { exec } from 'child_process';

export class Maintenance {
  rotate(@Path() logDir: string) {
    // ok: js/command-injection
    exec('logrotate ' + logDir);
  }
}
