// Electron main process: what a renderer sends over IPC is untrusted (a script injected into it, or
// a page it loaded). The OS opens a URL with whatever program claims its scheme (`file:`, `smb:`,
// `ms-msdt:`…), and a file with its default app: an executable runs.
const { ipcMain, shell } = require('electron');
const electron = require('electron');

ipcMain.handle('open-url', async (_event, url) => {
  // ruleid: js/command-injection
  await shell.openExternal(url);
});

ipcMain.on('open-doc', (_event, { href }) => {
  // ruleid: js/command-injection
  require('electron').shell.openExternal(href);
});

ipcMain.handle('open-link', (_event, link) => {
  // ruleid: js/command-injection
  return electron.shell.openExternal(link);
});

ipcMain.handle('open-attachment', async (_event, file) => {
  // ruleid: js/command-injection
  return shell.openPath(file);
});

ipcMain.handle('open-web', async (_event, link) => {
  if (!link.startsWith('https://')) return false;
  // ok: js/command-injection
  await shell.openExternal(link);
  return true;
});

ipcMain.handle('open-profile', async (_event, user) => {
  // A constant web start: the user's part is only the path.
  // ok: js/command-injection
  await shell.openExternal(`https://example.com/users/${encodeURIComponent(user)}`);
});

ipcMain.handle('open-help', async () => {
  // ok: js/command-injection
  await shell.openExternal('https://example.com/help');
});

ipcMain.handle('open-share', async (_event, dir) => {
  // ruleid: js/command-injection
  await shell.openExternal('file://' + dir);
});
