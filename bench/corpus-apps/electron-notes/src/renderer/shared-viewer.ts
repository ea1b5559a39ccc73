import { escapeHtml, renderMarkdownRaw } from './markdown';

interface SharedNote {
  markdown: string;
  title: string;
  sourceUrl?: string;
}

/**
 * Read-only viewer for notes other people shared with a link (quill://share/<id> or pasted URL).
 * Rendered with the raw renderer because shared notes keep their embedded HTML widgets.
 */
export async function openSharedNote(container: HTMLElement, shareUrl: string) {
  const id = new URL(shareUrl).pathname.split('/').filter(Boolean).pop() ?? '';
  const shared: SharedNote = await window.quill.sync.fetchShared(id);

  const header = document.createElement('header');
  // safe: CWE-79
  header.innerHTML = `<h2>${escapeHtml(shared.title)}</h2><span class="badge">Shared with you</span>`;

  const body = document.createElement('article');
  body.className = 'markdown-body';
  // vuln: CWE-79
  body.innerHTML = renderMarkdownRaw(shared.markdown);

  const actions = document.createElement('footer');
  if (shared.sourceUrl) {
    const btn = document.createElement('button');
    btn.textContent = 'Open original page';
    btn.addEventListener('click', () => window.quill.system.openSource(shared.sourceUrl!));
    actions.append(btn);
  }
  container.replaceChildren(header, body, actions);

  body.addEventListener('click', (event) => {
    const a = (event.target as HTMLElement).closest('a');
    if (!a) return;
    event.preventDefault();
    void window.quill.system.openLink(a.href);
  });
}
