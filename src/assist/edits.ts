/**
 * String-replacement edits as coding assistants send them (Claude Code's Edit/MultiEdit, Gemini
 * CLI's replace, Cursor's afterFileEdit): the text before and after an edit, and where it landed.
 */
export interface StringEdit {
  oldString: string;
  newString: string;
  /** Replace every occurrence (Claude `replace_all`, Gemini `expected_replacements` > 1). */
  replaceAll?: boolean;
}

export class EditMismatch extends Error {}

function replaceIn(text: string, from: string, to: string, all: boolean | undefined): string {
  if (from === '') {
    // An empty search string creates the file (Gemini) or prepends; only meaningful on an empty file.
    if (text === '') return to;
    throw new EditMismatch('empty old_string on a non-empty file');
  }
  const i = text.indexOf(from);
  if (i < 0) throw new EditMismatch('old_string is not in the file');
  return all ? text.split(from).join(to) : text.slice(0, i) + to + text.slice(i + from.length);
}

/** The text after applying the edits in order, as the assistant's tool would. Throws EditMismatch if one does not apply. */
export function applyEdits(text: string, edits: StringEdit[]): string {
  let out = text;
  for (const e of edits) out = replaceIn(out, e.oldString, e.newString, e.replaceAll);
  return out;
}

/** The text before edits that were already applied (post-edit hooks): undo them in reverse order. */
export function revertEdits(text: string, edits: StringEdit[]): string {
  let out = text;
  for (const e of [...edits].reverse()) {
    if (e.newString === '' && e.oldString !== '') throw new EditMismatch('a deletion cannot be located afterwards');
    if (e.oldString === '' && out === e.newString) { out = ''; continue; }
    out = replaceIn(out, e.newString, e.oldString, e.replaceAll);
  }
  return out;
}

/** 1-based inclusive line ranges of `after` that hold the new strings of the edits (where they can be found). */
export function editedRanges(after: string, edits: StringEdit[]): [number, number][] {
  const norm = after.replace(/\r\n/g, '\n');
  const ranges: [number, number][] = [];
  for (const e of edits) {
    const w = e.newString.replace(/\r\n/g, '\n').replace(/\n+$/, '');
    if (!w.trim()) continue;
    let from = 0;
    for (;;) {
      const idx = norm.indexOf(w, from);
      if (idx < 0) break;
      const start = norm.slice(0, idx).split('\n').length;
      ranges.push([start, start + w.split('\n').length - 1]);
      if (!e.replaceAll) break;
      from = idx + w.length;
    }
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
