import type { CodeRule } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { objectProperty, propertyName } from '../frontend/js/ast.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';
import { isFalseValue, isTrueValue } from './_local-values.js';

/** Electron constructors that take `webPreferences` (windows and embedded views). */
const WINDOW_CLASSES = /^electron\.(BrowserWindow|BrowserView|WebContentsView)$/;

/** webPreferences that turn off one of Electron's protections, with the value that does so and what it costs. */
const WEAKENING: { key: string; unsafe: boolean; why: string }[] = [
  { key: 'contextIsolation', unsafe: false, why: 'page scripts share globals with the preload script and can reach what it exposes' },
  { key: 'nodeIntegration', unsafe: true, why: 'any script in the page gets Node.js (require, child_process)' },
  { key: 'nodeIntegrationInSubFrames', unsafe: true, why: 'scripts in frames get Node.js' },
  { key: 'nodeIntegrationInWorker', unsafe: true, why: 'scripts in web workers get Node.js' },
  { key: 'webSecurity', unsafe: false, why: 'the same-origin policy is off: the page can read any site and local files' },
  { key: 'allowRunningInsecureContent', unsafe: true, why: 'an HTTPS page runs scripts loaded over plain HTTP' },
];

export const electronInsecureWindow: CodeRule = {
  meta: {
    id: 'js/electron-insecure-window',
    title: 'Electron window with a protection turned off',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [693],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['electron', 'config'],
    description: 'An Electron `BrowserWindow` (or `BrowserView`/`WebContentsView`) is created with a `webPreferences` setting that turns off one of Electron\'s protections: `contextIsolation: false`, `nodeIntegration: true` (also in sub-frames or workers), `webSecurity: false` or `allowRunningInsecureContent: true`. Any script that gets into the page (XSS in rendered content, a compromised remote site) then reaches Node.js or the preload\'s globals, or reads other origins, and can take over the user\'s machine.',
    fix: 'Keep Electron\'s defaults: `contextIsolation: true`, `nodeIntegration: false`, `sandbox: true`, `webSecurity: true`. Expose only the functions the page needs through `contextBridge.exposeInMainWorld` in a preload script, and load remote content with the same locked-down preferences.',
    examples: {
      bad: "const win = new BrowserWindow({\n  webPreferences: { preload, contextIsolation: false, nodeIntegration: true },\n});",
      good: "const win = new BrowserWindow({\n  webPreferences: { preload, contextIsolation: true, sandbox: true },\n});",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!/BrowserWindow|BrowserView|WebContentsView/.test(ctx.text)) return {};
      return {
        NewExpression(node) {
          if (!WINDOW_CLASSES.test(ctx.qualifiedName(node.callee) ?? '')) return;
          const options = objectLiteralOf(ctx.program, node.arguments[0]);
          const prefs = options && objectLiteralOf(ctx.program, objectProperty(options, 'webPreferences'));
          if (!prefs) return;
          for (const p of prefs.properties as Node[]) {
            if (p.type !== 'Property') continue;
            const rule = WEAKENING.find((w) => w.key === propertyName(p));
            if (!rule || !(rule.unsafe ? isTrueValue(p.value, ctx.constantValue) : isFalseValue(p.value, ctx.constantValue))) continue;
            ctx.report(p, `Electron window created with \`${rule.key}: ${rule.unsafe}\`: ${rule.why}`);
          }
        },
      };
    },
  },
};
