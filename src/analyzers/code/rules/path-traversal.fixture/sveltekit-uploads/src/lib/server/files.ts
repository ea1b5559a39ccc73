import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

export async function keepName(file: File): Promise<void> {
  // The client names the file: `../../app/config.js` escapes the folder.
  const target = path.join('/srv/uploads', file.name);
  // ruleid: js/path-traversal
  await writeFile(target, Buffer.from(await file.arrayBuffer()));
}

export async function renameOnSave(file: File): Promise<void> {
  const target = path.join('/srv/uploads', `${randomUUID()}.bin`);
  // ok: js/path-traversal
  await writeFile(target, Buffer.from(await file.arrayBuffer()));
}
