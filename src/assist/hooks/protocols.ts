import { isAbsolute, resolve } from 'node:path';
import type { StringEdit } from '../edits.js';

/**
 * The hook protocols Vouch speaks, each as its assistant documents it. An event becomes one
 * assistant-neutral request (an edit to a file, before or after it is written), and a verdict
 * becomes that assistant's exit code and output.
 *
 * - Claude Code: JSON on stdin with hook_event_name, tool_name, tool_input, cwd, session_id,
 *   transcript_path; PreToolUse/PostToolUse on Write (file_path, content), Edit (file_path,
 *   old_string, new_string, replace_all) and MultiEdit (file_path, edits[]). Exit 2 with a message
 *   on stderr blocks the call (PreToolUse) or hands the message to the model (PostToolUse).
 * - Gemini CLI: the same envelope with BeforeTool/AfterTool on write_file (file_path, content) and
 *   replace (file_path, old_string, new_string, expected_replacements). Exit 2: stderr is the
 *   reason sent to the agent; on exit 0 stdout must be JSON.
 * - Cursor: afterFileEdit (file_path, edits[] of old_string/new_string) cannot block; `stop` can
 *   send a follow-up message (followup_message) to the agent, so findings an edit introduced are
 *   remembered per conversation and handed back when the agent stops. Common fields:
 *   conversation_id, model, workspace_roots.
 */
export const ASSISTANTS = ['claude-code', 'gemini', 'cursor'] as const;
export type Assistant = (typeof ASSISTANTS)[number];

export const ASSISTANT_LABEL: Record<Assistant, string> = { 'claude-code': 'Claude Code', gemini: 'Gemini CLI', cursor: 'Cursor' };

export interface EditRequest {
  phase: 'pre' | 'post';
  /** Absolute path of the edited file. */
  filePath: string;
  cwd: string;
  /** The tool that edits, as the assistant names it (for the ledger). */
  toolName: string;
  /** Full new content (write tools) … */
  content?: string;
  /** … or string replacements applied to the current file. */
  edits?: StringEdit[];
  sessionId?: string;
  model?: string;
  /** The file before the edit, when a post-edit event carries it. */
  originalFile?: string;
}

export type HookRequest =
  | { kind: 'edit'; edit: EditRequest }
  | { kind: 'stop'; sessionId: string; cwd: string; loopCount: number }
  | { kind: 'ignore'; note?: string };

export interface Verdict {
  /** The message for the agent when the edit introduced findings at or above the threshold. */
  block?: string;
  /** Something the user (not the model) should know: an unexpected input, a timeout. */
  note?: string;
  /** Cursor `stop`: the follow-up the agent gets. */
  followup?: string;
}

export interface HookOutput { exitCode: number; stdout: string; stderr: string }

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function absolute(p: string, cwd: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}

function editsFrom(list: unknown): StringEdit[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: StringEdit[] = [];
  for (const e of list) {
    const o = e as Record<string, unknown>;
    if (typeof o?.old_string !== 'string' || typeof o.new_string !== 'string') return undefined;
    out.push({ oldString: o.old_string, newString: o.new_string, replaceAll: o.replace_all === true });
  }
  return out;
}

function parseClaude(ev: Record<string, unknown>): HookRequest {
  const event = str(ev.hook_event_name);
  if (event !== 'PreToolUse' && event !== 'PostToolUse') return { kind: 'ignore', note: `event ${event ?? '(none)'} is not PreToolUse or PostToolUse` };
  const tool = str(ev.tool_name) ?? '';
  const input = (ev.tool_input ?? {}) as Record<string, unknown>;
  const cwd = str(ev.cwd) ?? process.cwd();
  const file = str(input.file_path);
  if (!file) return { kind: 'ignore', note: `tool ${tool || '(none)'} has no tool_input.file_path` };
  const base = { phase: event === 'PreToolUse' ? 'pre' as const : 'post' as const, filePath: absolute(file, cwd), cwd, toolName: tool, sessionId: str(ev.session_id), model: str(ev.model) };
  const response = (ev.tool_response ?? {}) as Record<string, unknown>;
  const originalFile = str(response.originalFile);
  if (tool === 'Write') {
    const content = str(input.content);
    return content === undefined ? { kind: 'ignore', note: 'Write without tool_input.content' } : { kind: 'edit', edit: { ...base, content, originalFile } };
  }
  if (tool === 'Edit') {
    const edits = editsFrom([input]);
    return edits ? { kind: 'edit', edit: { ...base, edits, originalFile } } : { kind: 'ignore', note: 'Edit without old_string/new_string' };
  }
  if (tool === 'MultiEdit') {
    const edits = editsFrom(input.edits);
    return edits ? { kind: 'edit', edit: { ...base, edits, originalFile } } : { kind: 'ignore', note: 'MultiEdit without a valid edits list' };
  }
  return { kind: 'ignore', note: `tool ${tool || '(none)'} is not Write, Edit or MultiEdit` };
}

function parseGemini(ev: Record<string, unknown>): HookRequest {
  const event = str(ev.hook_event_name);
  if (event !== 'BeforeTool' && event !== 'AfterTool') return { kind: 'ignore', note: `event ${event ?? '(none)'} is not BeforeTool or AfterTool` };
  const tool = str(ev.tool_name) ?? '';
  const input = (ev.tool_input ?? {}) as Record<string, unknown>;
  const cwd = str(ev.cwd) ?? process.cwd();
  const file = str(input.file_path);
  if (!file) return { kind: 'ignore', note: `tool ${tool || '(none)'} has no tool_input.file_path` };
  const base = { phase: event === 'BeforeTool' ? 'pre' as const : 'post' as const, filePath: absolute(file, cwd), cwd, toolName: tool, sessionId: str(ev.session_id) };
  if (tool === 'write_file') {
    const content = str(input.content);
    return content === undefined ? { kind: 'ignore', note: 'write_file without content' } : { kind: 'edit', edit: { ...base, content } };
  }
  if (tool === 'replace') {
    if (typeof input.old_string !== 'string' || typeof input.new_string !== 'string') return { kind: 'ignore', note: 'replace without old_string/new_string' };
    const n = typeof input.expected_replacements === 'number' ? input.expected_replacements : 1;
    return { kind: 'edit', edit: { ...base, edits: [{ oldString: input.old_string, newString: input.new_string, replaceAll: n > 1 }] } };
  }
  return { kind: 'ignore', note: `tool ${tool || '(none)'} is not write_file or replace` };
}

function parseCursor(ev: Record<string, unknown>): HookRequest {
  const event = str(ev.hook_event_name);
  const roots = Array.isArray(ev.workspace_roots) ? ev.workspace_roots.filter((r): r is string => typeof r === 'string') : [];
  const cwd = roots[0] ?? str(ev.cwd) ?? process.cwd();
  const sessionId = str(ev.conversation_id);
  if (event === 'stop') {
    if (!sessionId) return { kind: 'ignore', note: 'stop without conversation_id' };
    return { kind: 'stop', sessionId, cwd, loopCount: typeof ev.loop_count === 'number' ? ev.loop_count : 0 };
  }
  if (event !== 'afterFileEdit') return { kind: 'ignore', note: `event ${event ?? '(none)'} is not afterFileEdit or stop` };
  const file = str(ev.file_path);
  const edits = editsFrom(ev.edits);
  if (!file || !edits) return { kind: 'ignore', note: 'afterFileEdit without file_path and edits' };
  return { kind: 'edit', edit: { phase: 'post', filePath: absolute(file, cwd), cwd, toolName: 'afterFileEdit', edits, sessionId, model: str(ev.model) } };
}

export function parseEvent(assistant: Assistant, ev: unknown): HookRequest {
  if (typeof ev !== 'object' || ev === null || Array.isArray(ev)) return { kind: 'ignore', note: 'the event is not a JSON object' };
  const o = ev as Record<string, unknown>;
  switch (assistant) {
    case 'claude-code': return parseClaude(o);
    case 'gemini': return parseGemini(o);
    case 'cursor': return parseCursor(o);
  }
}

export function renderVerdict(assistant: Assistant, v: Verdict): HookOutput {
  const note = v.note ? `vouch hook: ${v.note}\n` : '';
  switch (assistant) {
    case 'claude-code':
      return v.block ? { exitCode: 2, stdout: '', stderr: v.block } : { exitCode: 0, stdout: '', stderr: note };
    case 'gemini':
      // On exit 0 Gemini parses stdout as JSON; an empty object changes nothing.
      return v.block ? { exitCode: 2, stdout: '', stderr: v.block } : { exitCode: 0, stdout: '{}\n', stderr: note };
    case 'cursor':
      // afterFileEdit cannot block: the message goes to the Hooks output channel now and to the agent at `stop`.
      return { exitCode: 0, stdout: JSON.stringify(v.followup ? { followup_message: v.followup } : {}) + '\n', stderr: v.block ?? note };
  }
}
