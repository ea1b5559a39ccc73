import { paint, fill, escapeText } from './lib/paint.js';

// The title and the body are message text from the caller (often from its users).
export function toast(container, title, body) {
  const box = document.createElement('div');
  fill(box, `<strong>${escapeText(title)}</strong>`);
  // The body is written as markup: a helper's sink, reported where it is in a library run.
  paint(container, body);
  container.append(box);
}
