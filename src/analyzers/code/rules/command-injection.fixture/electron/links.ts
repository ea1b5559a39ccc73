import { ipcMain, shell } from 'electron';

const WEB_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
// `file:` on the list: a file:// URL to an executable (or a share) opens it.
const OPENABLE = ['https:', 'file:'];

export function registerLinkHandlers() {
  // A listener that answers on the event, with the Set allowlist and a thrown refusal.
  ipcMain.on('help:visit', (event, target: { link: string; source: string }) => {
    const parsed = new URL(target.link);
    if (!WEB_PROTOCOLS.has(parsed.protocol)) {
      event.reply('help:visit-refused', parsed.protocol);
      return;
    }
    // ok: js/command-injection
    void shell.openExternal(parsed.toString()).then(() => event.reply('help:visited', target.source));
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
