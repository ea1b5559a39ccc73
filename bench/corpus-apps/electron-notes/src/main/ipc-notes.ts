import { dialog, ipcMain, BrowserWindow } from 'electron';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { insideNotes, notesRoot } from './paths';

export interface NoteMeta {
  path: string;
  title: string;
  updated: number;
}

async function listNotes(dir: string, prefix = ''): Promise<NoteMeta[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: NoteMeta[] = [];
  for (const e of entries) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...(await listNotes(path.join(dir, e.name), rel)));
    else if (e.name.endsWith('.md')) {
      const text = await readFile(path.join(dir, e.name), 'utf8');
      const title = /^#\s+(.+)$/m.exec(text)?.[1] ?? e.name.replace(/\.md$/, '');
      out.push({ path: rel, title, updated: Date.now() });
    }
  }
  return out;
}

export function registerNoteHandlers() {
  ipcMain.handle('notes:list', async () => {
    await mkdir(notesRoot(), { recursive: true });
    return listNotes(notesRoot());
  });

  ipcMain.handle('notes:read', async (_event, relPath: string) => {
    const full = path.join(notesRoot(), relPath);
    // vuln: CWE-22
    return readFile(full, 'utf8');
  });

  ipcMain.handle('notes:save', async (_event, relPath: string, content: string) => {
    const full = insideNotes(relPath);
    await mkdir(path.dirname(full), { recursive: true });
    // safe: CWE-22
    await writeFile(full, content, 'utf8');
    return { ok: true };
  });

  ipcMain.handle('notes:export-html', async (event, html: string) => {
    const win = BrowserWindow.fromWebContents(event.sender)!;
    const { canceled, filePath } = await dialog.showSaveDialog(win, {
      filters: [{ name: 'HTML', extensions: ['html'] }],
    });
    if (canceled || !filePath) return { ok: false };
    // safe: CWE-22
    await writeFile(filePath, html, 'utf8');
    return { ok: true, filePath };
  });

  /** Attachments dragged onto a note are copied next to it. */
  ipcMain.handle('notes:attach', async (_event, { notePath, fileName, data }: { notePath: string; fileName: string; data: Uint8Array }) => {
    const dir = path.join(path.dirname(insideNotes(notePath)), 'attachments');
    await mkdir(dir, { recursive: true });
    // vuln: CWE-22
    await writeFile(path.join(dir, fileName), data);
    return path.posix.join('attachments', fileName);
  });
}
