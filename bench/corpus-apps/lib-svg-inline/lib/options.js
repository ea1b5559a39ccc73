/**
 * @typedef {object} InjectOptions
 * @property {string} [title]          accessible name; sets <title> and aria-label
 * @property {string|string[]} [className] classes added to the <svg>
 * @property {boolean} [removeSize]    drop width/height so CSS can size the icon (default true)
 * @property {boolean} [keepStyles]    keep <style> elements (default false)
 */

/**
 * @param {InjectOptions} [options]
 * @returns {{ title?: string, classes: string[], removeSize: boolean, keepStyles: boolean }}
 */
export function normalizeOptions(options = {}) {
  const classes = Array.isArray(options.className)
    ? options.className
    : String(options.className || '').split(/\s+/);
  return {
    title: options.title === undefined ? undefined : String(options.title),
    classes: classes.filter(Boolean),
    removeSize: options.removeSize !== false,
    keepStyles: Boolean(options.keepStyles),
  };
}
