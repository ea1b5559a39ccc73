import fs from 'node:fs';
import path from 'node:path';

export class ArchiveService {
  private readonly dir: string;

  constructor({ config }: { config: { archiveDir: string } }) {
    this.dir = config.archiveDir;
  }

  open(name: string): fs.ReadStream {
    // ruleid: js/path-traversal
    return fs.createReadStream(path.join(this.dir, name));
  }

  read(name: string): Buffer {
    // ruleid: js/path-traversal
    return fs.readFileSync(path.join(this.dir, name));
  }

  openNamed(name: string): fs.ReadStream {
    // ok: js/path-traversal
    return fs.createReadStream(path.join(this.dir, path.basename(name)));
  }
}
