import type { Assistant } from './protocols.js';

/**
 * The hook configuration `vouch init --assistant …` writes, merged into the assistant's own
 * settings file: other keys and other hooks are kept, an earlier Vouch entry is replaced in place,
 * so running init again changes nothing.
 */
export interface HookSettingsPlan {
  path: string;
  /** New file text, or undefined with a note when the existing file cannot be merged safely. */
  after?: string;
  note?: string;
}

/** Prefer an installed vouch, else the project's (npx --no-install never downloads); exec keeps stdin and the exit code. */
function command(assistant: Assistant): string {
  return `if command -v vouch >/dev/null 2>&1; then exec vouch hook ${assistant}; else exec npx --no-install vouch hook ${assistant}; fi`;
}

type Json = Record<string, unknown>;

function isVouchEntry(entry: unknown, assistant: Assistant): boolean {
  return JSON.stringify(entry ?? null).includes(`vouch hook ${assistant}`);
}

/** Put `entry` into `settings.hooks[event]`, replacing an earlier Vouch entry; everything else stays. */
function upsertHook(hooks: Json, event: string, entry: Json, assistant: Assistant): void {
  const list = Array.isArray(hooks[event]) ? [...(hooks[event] as unknown[])] : [];
  const i = list.findIndex((e) => isVouchEntry(e, assistant));
  if (i >= 0) list[i] = entry;
  else list.push(entry);
  hooks[event] = list;
}

function parseSettings(text: string | undefined): Json | undefined {
  if (text === undefined || text.trim() === '') return {};
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

export const SETTINGS_PATH: Record<Assistant, string> = {
  'claude-code': '.claude/settings.json',
  gemini: '.gemini/settings.json',
  cursor: '.cursor/hooks.json',
};

export function planHookSettings(assistant: Assistant, existing: string | undefined): HookSettingsPlan {
  const path = SETTINGS_PATH[assistant];
  const settings = parseSettings(existing);
  if (!settings) return { path, note: 'not a JSON object (comments?); add the Vouch hook by hand (see README, "Assistant hooks")' };
  const hooksValue = settings.hooks;
  if (hooksValue !== undefined && (typeof hooksValue !== 'object' || hooksValue === null || Array.isArray(hooksValue))) {
    return { path, note: '`hooks` is not an object; add the Vouch hook by hand' };
  }
  const hooks: Json = { ...((hooksValue as Json | undefined) ?? {}) };
  const cmd = command(assistant);
  switch (assistant) {
    case 'claude-code': {
      // timeout in seconds; Vouch gives up on its own after assist.timeoutMs (5 s).
      const entry = { matcher: 'Write|Edit|MultiEdit', hooks: [{ type: 'command', command: cmd, timeout: 15 }] };
      upsertHook(hooks, 'PreToolUse', entry, assistant);
      upsertHook(hooks, 'PostToolUse', entry, assistant);
      break;
    }
    case 'gemini': {
      // timeout in milliseconds.
      const entry = { matcher: 'write_file|replace', hooks: [{ name: 'vouch', type: 'command', command: cmd, timeout: 15000, description: 'Vouch security gate on file edits' }] };
      upsertHook(hooks, 'BeforeTool', entry, assistant);
      upsertHook(hooks, 'AfterTool', entry, assistant);
      break;
    }
    case 'cursor': {
      upsertHook(hooks, 'afterFileEdit', { command: cmd }, assistant);
      upsertHook(hooks, 'stop', { command: cmd }, assistant);
      if (settings.version === undefined) settings.version = 1;
      break;
    }
  }
  const out = assistant === 'cursor' ? { version: settings.version, ...settings, hooks } : { ...settings, hooks };
  return { path, after: JSON.stringify(out, null, 2) + '\n' };
}
