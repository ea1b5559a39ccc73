import AdmZip from 'adm-zip';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { episodes } from '@castbase/db';
import { mediaDir, uploadsDir } from './paths.js';

const ARTWORK = /\.(png|jpe?g)$/i;

export async function importBundle(db, { userId, bundle }, log) {
  const zip = new AdmZip(path.join(uploadsDir, path.basename(bundle)));
  const target = path.join(mediaDir, String(userId), 'imported');
  await mkdir(target, { recursive: true });

  let metadata = null;
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    if (entry.entryName === 'metadata.json') {
      metadata = JSON.parse(entry.getData().toString('utf8'));
      continue;
    }
    if (entry.entryName.startsWith('artwork/') && ARTWORK.test(entry.entryName)) {
      const artRoot = path.resolve(target, 'artwork');
      const dest = path.resolve(artRoot, path.basename(entry.entryName));
      if (!dest.startsWith(artRoot + path.sep)) continue;
      await mkdir(artRoot, { recursive: true });
      // safe: CWE-22
      await writeFile(dest, entry.getData());
      continue;
    }
    const dest = path.join(target, entry.entryName);
    await mkdir(path.dirname(dest), { recursive: true });
    // vuln: CWE-22
    await writeFile(dest, entry.getData());
  }

  if (metadata?.episodes?.length) {
    for (const ep of metadata.episodes) {
      await episodes.create(db, Number(metadata.showId), { title: String(ep.title ?? 'Untitled'), notes: String(ep.notes ?? ''), tags: [] });
    }
  }
  log.info({ userId, bundle }, 'bundle imported');
}
