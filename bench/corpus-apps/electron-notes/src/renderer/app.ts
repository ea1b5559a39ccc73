import { renderMarkdown } from './markdown';
import { NoteMeta, renderBreadcrumb, renderNoteList, renderSearchResults } from './sidebar';
import { openSharedNote } from './shared-viewer';

declare global {
  interface Window {
    quill: any;
  }
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

const state: { notes: NoteMeta[]; current: NoteMeta | null; dirty: boolean } = { notes: [], current: null, dirty: false };

async function refresh() {
  state.notes = await window.quill.notes.list();
  renderNoteList($('#note-list'), state.notes, open);
}

async function open(note: NoteMeta) {
  const text: string = await window.quill.notes.read(note.path);
  state.current = note;
  $<HTMLTextAreaElement>('#editor').value = text;
  renderBreadcrumb($('#breadcrumb'), note.path);
  updatePreview();
}

function updatePreview() {
  const md = $<HTMLTextAreaElement>('#editor').value;
  // safe: CWE-79
  $('#preview').innerHTML = renderMarkdown(md);
}

let saveTimer: number | undefined;
$('#editor').addEventListener('input', () => {
  state.dirty = true;
  updatePreview();
  window.clearTimeout(saveTimer);
  saveTimer = window.setTimeout(async () => {
    if (!state.current) return;
    await window.quill.notes.save(state.current.path, $<HTMLTextAreaElement>('#editor').value);
    state.dirty = false;
  }, 800);
});

$('#search').addEventListener('input', (e) => {
  const q = (e.target as HTMLInputElement).value.trim().toLowerCase();
  const hits = state.notes.filter((n) => n.title.toLowerCase().includes(q));
  renderSearchResults($('#search-results'), q, hits);
});

$('#preview').addEventListener('click', (event) => {
  const a = (event.target as HTMLElement).closest('a');
  if (!a) return;
  event.preventDefault();
  void window.quill.system.openLink(a.getAttribute('href') ?? '');
});

$('#btn-open-editor').addEventListener('click', () => state.current && window.quill.system.openInEditor(state.current.path));
$('#btn-terminal').addEventListener('click', () => state.current && window.quill.system.openTerminal(state.current.path));
$('#btn-preview').addEventListener('click', () => state.current && window.quill.system.preview(state.current.path));
$('#btn-help').addEventListener('click', () => window.quill.system.help('getting-started'));

$('#btn-open-shared').addEventListener('click', async () => {
  const url = $<HTMLInputElement>('#share-url').value.trim();
  if (url) await openSharedNote($('#shared'), url);
});

$('#editor').addEventListener('drop', async (event: DragEvent) => {
  event.preventDefault();
  if (!state.current) return;
  for (const file of Array.from(event.dataTransfer?.files ?? [])) {
    const data = new Uint8Array(await file.arrayBuffer());
    const rel = await window.quill.notes.attach(state.current.path, file.name, data);
    const editor = $<HTMLTextAreaElement>('#editor');
    editor.setRangeText(`![${file.name}](${rel})`, editor.selectionStart, editor.selectionEnd, 'end');
  }
});

window.quill.updates.onReady((version: string) => {
  const bar = $('#update-bar');
  bar.textContent = `Quill Notes ${version} is ready to install.`;
  bar.hidden = false;
});

void refresh();
void window.quill.updates.check();
