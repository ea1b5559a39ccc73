import { BrowserWindow, BrowserView } from 'electron';
import * as electron from 'electron';
import path from 'node:path';

const preload = path.join(__dirname, 'preload.js');

export function mainWindow() {
  // ok: js/electron-insecure-window
  return new BrowserWindow({ webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false } });
}

export function presenterWindow() {
  return new BrowserWindow({
    width: 1024,
    webPreferences: {
      preload,
      nodeIntegration: false,
      // ruleid: js/electron-insecure-window
      contextIsolation: false,
    },
  });
}

const helpPrefs = {
  sandbox: true,
  // ruleid: js/electron-insecure-window
  webSecurity: false,
};

export function helpWindow() {
  const win = new electron.BrowserWindow({ webPreferences: helpPrefs });
  void win.loadURL('https://docs.example.com/');
  return win;
}

export function legacyView() {
  return new BrowserView({
    webPreferences: {
      // ruleid: js/electron-insecure-window
      nodeIntegration: true,
      // ok: js/electron-insecure-window
      webSecurity: true,
    },
  });
}

class BrowserWindowMock {
  constructor(readonly options: unknown) {}
}

export function testDouble() {
  // Not Electron's class: its options protect nothing.
  // ok: js/electron-insecure-window
  return new BrowserWindowMock({ webPreferences: { contextIsolation: false } });
}
