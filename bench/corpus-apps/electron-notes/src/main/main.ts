import { app, BrowserWindow, ipcMain } from 'electron';
import { registerNoteHandlers } from './ipc-notes';
import { registerSettingsHandlers } from './settings';
import { registerSyncHandlers } from './sync';
import { registerSystemHandlers } from './ipc-system';
import { checkForUpdates, installUpdate } from './updater';
import { createMainWindow, createReleaseNotesWindow } from './windows';

let mainWindow: BrowserWindow | null = null;

app.whenReady().then(() => {
  registerNoteHandlers();
  registerSettingsHandlers();
  registerSyncHandlers();
  registerSystemHandlers();

  ipcMain.handle('updates:check', async () => {
    const update = await checkForUpdates();
    if (update) mainWindow?.webContents.send('updates:ready', update.version);
    return update?.version ?? null;
  });
  ipcMain.handle('updates:install', async () => {
    const update = await checkForUpdates();
    if (update) await installUpdate(update.file);
  });
  ipcMain.handle('window:release-notes', () => createReleaseNotesWindow());

  mainWindow = createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
