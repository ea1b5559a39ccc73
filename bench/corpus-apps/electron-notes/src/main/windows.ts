import { BrowserWindow, shell } from 'electron';
import path from 'node:path';
import { preloadScript, previewPreloadScript, staticDir } from './paths';

export function createMainWindow() {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Quill Notes',
    webPreferences: {
      preload: preloadScript,
      // safe: CWE-693
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  void win.loadFile(path.join(staticDir, 'index.html'));
  return win;
}

/** Pop-out preview: renders a note full screen; used for presentations. */
export function createPreviewWindow(noteId: string) {
  const win = new BrowserWindow({
    width: 1024,
    height: 768,
    title: 'Preview',
    webPreferences: {
      preload: previewPreloadScript,
      nodeIntegration: false,
      // vuln: CWE-693
      contextIsolation: false,
    },
  });
  void win.loadFile(path.join(staticDir, 'preview.html'), { query: { note: noteId } });
  return win;
}

/** Help center: the online docs site, embedded. */
export function createHelpWindow(topic = '') {
  const win = new BrowserWindow({
    width: 900,
    height: 700,
    title: 'Quill Notes Help',
    webPreferences: {
      sandbox: true,
      // vuln: CWE-693
      webSecurity: false,
    },
  });
  void win.loadURL(`https://docs.quillnotes.app/${encodeURIComponent(topic)}`);
  return win;
}

/** Release notes shown after an update: local file, locked down. */
export function createReleaseNotesWindow() {
  const win = new BrowserWindow({
    width: 640,
    height: 560,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      // safe: CWE-693
      webSecurity: true,
    },
  });
  void win.loadFile(path.join(staticDir, 'release-notes.html'));
  return win;
}
