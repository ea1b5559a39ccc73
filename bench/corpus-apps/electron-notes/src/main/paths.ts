import { app } from 'electron';
import path from 'node:path';

export const notesRoot = () => path.join(app.getPath('documents'), 'Quill Notes');
export const settingsFile = () => path.join(app.getPath('userData'), 'settings.json');
export const staticDir = path.join(__dirname, '..', '..', 'static');
export const preloadScript = path.join(__dirname, '..', 'preload', 'preload.js');
export const previewPreloadScript = path.join(__dirname, '..', 'preload', 'preview-preload.js');

/** Resolves a note path from the renderer and refuses anything outside the notes folder. */
export function insideNotes(relative: string) {
  const root = notesRoot();
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) {
    throw new Error('Path outside the notes folder');
  }
  return full;
}
