/** Names that hold credentials, and values that are obviously not real ones. */
export function looksSecretName(name: string): boolean {
  return /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|client[_-]?secret|connection[_-]?string|dsn)$/i.test(name.replace(/[-.]/g, '_'))
    || /(^|_)(password|passwd|secret|token|apikey|api_key)(_|$)/i.test(name);
}

export function looksPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length < 6) return true;
  if (/^\$|\$\{|\{\{|^<.*>$|^%.*%$/.test(v)) return true;
  if (/^(true|false|null|none|changeme|change-me|placeholder|example|xxx+|\*+|redacted|secret|password|todo)$/i.test(v)) return true;
  // Paths to mounted files are references, not values.
  return /^\/(run|var|etc|secrets|mnt)\//.test(v);
}
