import { exec } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import type { PostRow, ThreadSummary } from './db';

const execAsync = promisify(exec);

export const EXPORT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

function toMarkdown(thread: ThreadSummary, posts: PostRow[]): string {
  const parts = [`# ${thread.title}`, ''];
  for (const post of posts) {
    parts.push(`## ${post.username} — ${post.created_at}`, '', post.body, '');
  }
  return parts.join('\n');
}

/** Renders a thread with pandoc; returns the path of the generated file. */
export async function exportThread(thread: ThreadSummary, posts: PostRow[], format: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'forum-export-'));
  const source = path.join(dir, 'thread.md');
  await writeFile(source, toMarkdown(thread, posts), 'utf8');
  const out = path.join(dir, `thread-${thread.id}.${format}`);
  // vuln: CWE-78
  await execAsync(`pandoc "${source}" --standalone --metadata title="Thread ${thread.id}" -o "${out}"`, { timeout: 60_000 });
  return out;
}
