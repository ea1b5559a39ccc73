import { app, shell } from 'electron';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';

const FEED_URL = 'https://updates.quillnotes.app/desktop/latest.json';
const DOWNLOAD_HOST = 'updates.quillnotes.app';

interface Feed {
  version: string;
  url: string;
  sha512: string;
}

/** Companies that mirror updates behind a TLS-inspecting proxy set QUILL_UPDATE_MIRROR. */
const mirrorAgent = new https.Agent({
  keepAlive: true,
  // vuln: CWE-295
  rejectUnauthorized: false,
});

const defaultAgent = new https.Agent({
  keepAlive: true,
  // safe: CWE-295
  rejectUnauthorized: true,
});

function getJson<T>(url: string, agent: https.Agent): Promise<T> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { agent }, (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(data));
          } catch (e) {
            reject(e);
          }
        });
      })
      .on('error', reject);
  });
}

export async function checkForUpdates() {
  const mirror = process.env.QUILL_UPDATE_MIRROR;
  const feed = await getJson<Feed>(mirror ? `${mirror}/latest.json` : FEED_URL, mirror ? mirrorAgent : defaultAgent);
  if (feed.version === app.getVersion()) return null;
  const download = new URL(feed.url);
  if (!mirror && (download.protocol !== 'https:' || download.hostname !== DOWNLOAD_HOST)) {
    throw new Error('Update URL is not on the update host');
  }
  const target = path.join(app.getPath('temp'), `QuillNotes-${feed.version.replace(/[^\w.-]/g, '')}.exe`);
  await new Promise<void>((resolve, reject) => {
    https
      .get(download, { agent: mirror ? mirrorAgent : defaultAgent }, (res) => {
        res.pipe(createWriteStream(target)).on('finish', resolve).on('error', reject);
      })
      .on('error', reject);
  });
  const digest = createHash('sha512').update(await readFile(target)).digest('base64');
  if (digest !== feed.sha512) {
    await unlink(target);
    throw new Error('Downloaded update does not match the published checksum');
  }
  return { version: feed.version, file: target };
}

export async function installUpdate(file: string) {
  await shell.openPath(file);
  app.quit();
}
