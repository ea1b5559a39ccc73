// HTML built in the page from data the script was given: escaped text and formatted dates or
// numbers carry no markup; a raw field does.
import { escapeHtml } from './escape';

export function renderRow(li, note) {
  // ok: js/xss
  li.innerHTML = `<span>${escapeHtml(note.title)}</span><time>${new Date(note.updated).toLocaleDateString()}</time>`;
}

export function renderPrice(el, item) {
  // ok: js/xss
  el.innerHTML = `<b>${escapeHtml(item.name)}</b> ${item.price.toFixed(2)} (${new Date(item.at).toISOString()})`;
}

export function renderRaw(li, note) {
  // ruleid: js/xss
  li.innerHTML = `<span>${note.title}</span><time>${new Date(note.updated).toLocaleDateString()}</time>`;
}
