import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import path from 'path';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

// Photos from the mobile app are shrunk before the dispatch board shows them.
export async function makeThumbnail(photoPath) {
  const thumb = path.join(path.dirname(photoPath), `thumb_${path.basename(photoPath)}`);
  // vuln: CWE-78
  await execAsync(`convert "${photoPath}" -auto-orient -resize 320x320 "${thumb}"`);
  return thumb;
}

export async function stampSignature(storedPath, technicianName) {
  const out = `${storedPath}.signed.png`;
  // safe: CWE-78
  await execFileAsync('convert', [storedPath, '-gravity', 'south', '-annotate', '+0+10', `Signed by ${technicianName}`, out]);
  return out;
}

export async function stripMetadata(storedPath) {
  // safe: CWE-78
  await execFileAsync('exiftool', ['-all=', '-overwrite_original', '--', storedPath]);
}
