import { exec, spawn } from 'node:child_process';
import { ipcMain, shell } from 'electron';
import { insideNotes } from './paths';
import { getSettings } from './settings';
import { createHelpWindow, createPreviewWindow } from './windows';

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

export function registerSystemHandlers() {
  // Links clicked inside a rendered note.
  ipcMain.handle('system:open-link', async (_event, href: string) => {
    const url = new URL(href);
    if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
    // safe: CWE-78
    await shell.openExternal(url.toString());
    return true;
  });

  // "Open source" button on imported web clippings; the stored source URL is opened as-is.
  ipcMain.handle('system:open-source', async (_event, sourceUrl: string) => {
    // vuln: CWE-78
    await shell.openExternal(sourceUrl);
  });

  // "Open in editor": uses the external editor command configured in settings (e.g. "code -g").
  ipcMain.handle('system:open-in-editor', async (_event, relPath: string) => {
    const { editorCommand } = getSettings();
    const file = insideNotes(relPath);
    // vuln: CWE-78
    exec(`${editorCommand} "${file}"`, (err) => {
      if (err) console.error('editor failed', err.message);
    });
  });

  // "Reveal in terminal": opens a shell in the note's folder.
  ipcMain.handle('system:open-terminal', async (_event, relPath: string) => {
    const dir = insideNotes(relPath).replace(/[\\/][^\\/]+$/, '');
    const terminal = process.platform === 'darwin' ? 'open' : 'x-terminal-emulator';
    const args = process.platform === 'darwin' ? ['-a', 'Terminal', dir] : ['--working-directory', dir];
    // safe: CWE-78
    spawn(terminal, args, { detached: true, stdio: 'ignore' }).unref();
  });

  ipcMain.handle('system:reveal', async (_event, relPath: string) => {
    shell.showItemInFolder(insideNotes(relPath));
  });

  ipcMain.handle('window:preview', (_event, noteId: string) => {
    createPreviewWindow(String(noteId));
  });

  ipcMain.handle('window:help', (_event, topic: string) => {
    createHelpWindow(String(topic ?? ''));
  });
}
