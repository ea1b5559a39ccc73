// Preview windows run with contextIsolation off (see windows.ts), so this sets globals directly.
import { ipcRenderer } from 'electron';

declare global {
  interface Window {
    previewApi: {
      read: (relPath: string) => Promise<string>;
      openLink: (href: string) => Promise<boolean>;
    };
  }
}

window.previewApi = {
  read: (relPath) => ipcRenderer.invoke('notes:read', relPath),
  openLink: (href) => ipcRenderer.invoke('system:open-link', href),
};
