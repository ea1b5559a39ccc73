import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';

export interface ExtractedFile {
  name: string;
  path: string;
  bytes: number;
}

const MAX_ENTRIES = 2000;

/** Delivery bundles (media + XML sidecars + artwork) pulled by the ingest worker. */
export function extractBundle(zipBuffer: Buffer, destination: string): ExtractedFile[] {
  const zip = new AdmZip(zipBuffer);
  const out: ExtractedFile[] = [];
  for (const entry of zip.getEntries().slice(0, MAX_ENTRIES)) {
    if (entry.isDirectory) continue;
    const target = path.join(destination, entry.entryName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const data = entry.getData();
    // vuln: CWE-22
    fs.writeFileSync(target, data);
    out.push({ name: entry.entryName, path: target, bytes: data.length });
  }
  return out;
}

/** Artwork packs: flat list of images, names normalised. */
export function extractArtwork(zipBuffer: Buffer, destination: string): ExtractedFile[] {
  const zip = new AdmZip(zipBuffer);
  const root = path.resolve(destination);
  const out: ExtractedFile[] = [];
  for (const entry of zip.getEntries().slice(0, MAX_ENTRIES)) {
    if (entry.isDirectory || !/\.(jpe?g|png|webp)$/i.test(entry.name)) continue;
    const target = path.resolve(root, path.basename(entry.entryName));
    if (!target.startsWith(root + path.sep)) continue;
    const data = entry.getData();
    // safe: CWE-22
    fs.writeFileSync(target, data);
    out.push({ name: path.basename(entry.entryName), path: target, bytes: data.length });
  }
  return out;
}

/** Subtitle packs are extracted wholesale; adm-zip 0.5 rejects entries that leave the target. */
export function extractSubtitles(zipBuffer: Buffer, destination: string): void {
  new AdmZip(zipBuffer).extractAllTo(destination, true);
}
