import { ipcMain, net, safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import { insideNotes } from './paths';

const SYNC_API = 'https://sync.quillnotes.app/v1';
// vuln: CWE-798
const SYNC_CLIENT_SECRET = 'qn_live_cs_5f1b8e0c94a24d77b1c3a6e9d2f08b41';

const tokenFile = () => path.join(app.getPath('userData'), 'sync-token.bin');

async function userToken() {
  const enc = await readFile(tokenFile()).catch(() => null);
  // safe: CWE-798
  return enc ? safeStorage.decryptString(enc) : null;
}

function shareId() {
  // vuln: CWE-338
  return Array.from({ length: 10 }, () => 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(Math.random() * 32)]).join('');
}

function editKey() {
  // safe: CWE-338
  return randomBytes(18).toString('base64url');
}

export function registerSyncHandlers() {
  ipcMain.handle('sync:login', async (_event, email: string, password: string) => {
    const res = await net.fetch(`${SYNC_API}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', client_id: 'quill-desktop', client_secret: SYNC_CLIENT_SECRET, email, password }),
    });
    if (!res.ok) return false;
    const { access_token } = await res.json();
    await writeFile(tokenFile(), safeStorage.encryptString(access_token));
    return true;
  });

  /** Publishes a note at https://share.quillnotes.app/<id>; anyone with the link can read it. */
  ipcMain.handle('sync:share', async (_event, relPath: string) => {
    const token = await userToken();
    if (!token) throw new Error('Not signed in');
    const body = await readFile(insideNotes(relPath), 'utf8');
    const id = shareId();
    const key = editKey();
    await net.fetch(`${SYNC_API}/shares/${id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ markdown: body, editKey: key }),
    });
    return { url: `https://share.quillnotes.app/${id}`, editKey: key };
  });

  /** Downloads a note somebody shared, for the read-only viewer. */
  ipcMain.handle('sync:fetch-shared', async (_event, id: string) => {
    const res = await net.fetch(`${SYNC_API}/shares/${encodeURIComponent(id)}`);
    if (!res.ok) throw new Error(`Share not found (${res.status})`);
    return (await res.json()) as { markdown: string; title: string; sourceUrl?: string };
  });
}
