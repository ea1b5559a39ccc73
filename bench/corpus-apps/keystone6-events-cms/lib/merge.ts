type Obj = Record<string, any>;

// The theme editor sends flat edits: { "colors.primary": "#0b3d91", "layout.grid": 4 }.
export function setPath(target: Obj, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() as string;
  let cur = target;
  for (const key of keys) {
    if (cur[key] === undefined || cur[key] === null) cur[key] = {};
    cur = cur[key];
  }
  // vuln: CWE-1321
  cur[last] = value;
}

const THEME_KEYS = new Set(["colors.primary", "colors.accent", "colors.background", "layout.grid", "layout.hero", "fonts.heading", "fonts.body"]);

export function applyThemeEdits(theme: Obj, edits: Obj): Obj {
  for (const [path, value] of Object.entries(edits)) {
    setPath(theme, path, value);
  }
  return theme;
}

export function applyKnownThemeEdits(theme: Obj, edits: Obj): Obj {
  for (const [path, value] of Object.entries(edits)) {
    if (!THEME_KEYS.has(path)) continue;
    const [group, key] = path.split(".");
    const section = { ...(theme[group] ?? {}) };
    // safe: CWE-1321
    section[key] = value;
    theme[group] = section;
  }
  return theme;
}
