import { ipcMain, shell } from 'electron';

const WEB_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
// `file:` on the list: a file:// URL to an executable (or a share) opens it.
const OPENABLE = ['https:', 'file:'];

export function registerLinkHandlers() {
  ipcMain.handle('link:open', async (_event, href: string) => {
    const url = new URL(href);
    if (!WEB_PROTOCOLS.has(url.protocol)) return false;
    // ok: js/command-injection
    await shell.openExternal(url.toString());
    return true;
  });

  ipcMain.handle('link:open-any', async (_event, href: string) => {
    const url = new URL(href);
    if (!OPENABLE.includes(url.protocol)) return false;
    // ruleid: js/command-injection
    await shell.openExternal(url.href);
    return true;
  });

  ipcMain.handle('link:web', async (_event, href: string) => {
    if (/^https?:\/\//i.test(href)) {
      // ok: js/command-injection
      await shell.openExternal(href);
    }
  });

  ipcMain.handle('link:checked', async (_event, href: string) => {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('blocked scheme');
    // ok: js/command-injection
    await shell.openExternal(url.href);
  });

  ipcMain.handle('link:inline-list', async (_event, href: string) => {
    const protocol = new URL(href).protocol;
    if (!['http:', 'https:'].includes(protocol)) return;
    // ok: js/command-injection
    await shell.openExternal(href);
  });

  ipcMain.handle('link:file-or-web', async (_event, href: string) => {
    const url = new URL(href);
    if (url.protocol === 'https:' || url.protocol === 'file:') {
      // ruleid: js/command-injection
      await shell.openExternal(url.toString());
    }
  });

  // A host check alone leaves the scheme open: file://docs.example.com/share/x.exe is on that host.
  ipcMain.handle('link:docs', async (_event, href: string) => {
    const url = new URL(href);
    if (url.hostname !== 'docs.example.com') return;
    // ruleid: js/command-injection
    await shell.openExternal(url.toString());
  });
}
