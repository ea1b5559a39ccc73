// Electron main process: a renderer shows web content, so what it sends over IPC is untrusted.
const { app, ipcMain } = require('electron');
const fs = require('fs');
const path = require('path');

ipcMain.handle('read-file', async (event, filePath) => {
  // ruleid: js/path-traversal
  return fs.promises.readFile(filePath, 'utf8');
});

ipcMain.on('load-note', (event, { name }) => {
  // ruleid: js/path-traversal
  event.returnValue = fs.readFileSync(path.join(app.getPath('userData'), 'notes', name), 'utf8');
});

ipcMain.handle('save-note', async (_event, name, body) => {
  const file = path.join(app.getPath('userData'), 'notes', path.basename(name));
  // ok: js/path-traversal
  await fs.promises.writeFile(file, body);
});

ipcMain.handle('read-settings', async (event) => {
  // The event carries the sender, not data it chose.
  // ok: js/path-traversal
  return fs.promises.readFile(path.join(app.getPath('userData'), `settings-${event.sender.id}.json`), 'utf8');
});
