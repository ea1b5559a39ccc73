import { contextBridge, ipcRenderer } from 'electron';

type Unsubscribe = () => void;

contextBridge.exposeInMainWorld('quill', {
  notes: {
    list: () => ipcRenderer.invoke('notes:list'),
    read: (relPath: string) => ipcRenderer.invoke('notes:read', relPath),
    save: (relPath: string, content: string) => ipcRenderer.invoke('notes:save', relPath, content),
    exportHtml: (html: string) => ipcRenderer.invoke('notes:export-html', html),
    attach: (notePath: string, fileName: string, data: Uint8Array) =>
      ipcRenderer.invoke('notes:attach', { notePath, fileName, data }),
  },
  system: {
    openLink: (href: string) => ipcRenderer.invoke('system:open-link', href),
    openSource: (url: string) => ipcRenderer.invoke('system:open-source', url),
    openInEditor: (relPath: string) => ipcRenderer.invoke('system:open-in-editor', relPath),
    openTerminal: (relPath: string) => ipcRenderer.invoke('system:open-terminal', relPath),
    reveal: (relPath: string) => ipcRenderer.invoke('system:reveal', relPath),
    preview: (noteId: string) => ipcRenderer.invoke('window:preview', noteId),
    help: (topic: string) => ipcRenderer.invoke('window:help', topic),
  },
  settings: {
    get: () => ipcRenderer.invoke('settings:get'),
    set: (key: string, value: unknown) => ipcRenderer.invoke('settings:set', key, value),
    setAppearance: (key: string, value: unknown) => ipcRenderer.invoke('settings:set-appearance', key, value),
  },
  sync: {
    login: (email: string, password: string) => ipcRenderer.invoke('sync:login', email, password),
    share: (relPath: string) => ipcRenderer.invoke('sync:share', relPath),
    fetchShared: (id: string) => ipcRenderer.invoke('sync:fetch-shared', id),
  },
  updates: {
    check: () => ipcRenderer.invoke('updates:check'),
    install: () => ipcRenderer.invoke('updates:install'),
    onReady: (cb: (version: string) => void): Unsubscribe => {
      const listener = (_e: unknown, version: string) => cb(version);
      ipcRenderer.on('updates:ready', listener);
      return () => ipcRenderer.removeListener('updates:ready', listener);
    },
  },
});
