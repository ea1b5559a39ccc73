import { readFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = '/srv/app/files';

export async function read(name) {
  // ruleid: js/path-traversal
  return readFile(path.join(ROOT, name));
}

export async function readBase(name) {
  // ok: js/path-traversal
  return readFile(path.join(ROOT, path.basename(name)));
}
