/**
 * Component files (Vue, Svelte, HTML pages with inline scripts) scanned for real: findings are
 * located in the component file (template and script lines), imports from a component reach other
 * files through the link step, and broken components are scan errors with the path, not crashes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { tempProject } from '../helpers/cli.js';

async function scan(files: Record<string, string>) {
  const root = tempProject(files);
  try {
    const result = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
    const at = (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.path}:${f.location.startLine}`).sort();
    return { result, at, notices: result.notices.map((n) => `${n.level} ${n.path}`) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a v-html finding sits on the template line; its trace starts at the script line of the source', async () => {
  const { result, at } = await scan({
    'src/Hello.vue': '<template>\n  <div>\n    <p v-html="msg"></p>\n  </div>\n</template>\n\n<script setup>\nconst msg = new URLSearchParams(location.search).get("m");\n</script>\n',
  });
  assert.deepEqual(at('js/template-xss'), ['src/Hello.vue:3']);
  const f = result.findings.find((x) => x.ruleId === 'js/template-xss')!;
  assert.equal(f.trace![0]!.location.startLine, 8);
  assert.equal(f.location.startColumn, 16);
  assert.match(f.snippet ?? '', /v-html="msg"/);
});

test('a component calls a helper of another file: the link step carries its summary into the component', async () => {
  const { at } = await scan({
    'src/lib/format.js': 'export const highlight = (s) => `<mark>${s}</mark>`;\nexport const plain = (s) => String(s).replace(/[<>&"]/g, (c) => "&#" + c.charCodeAt(0) + ";");\n',
    'src/Search.vue': '<script setup>\nimport { highlight, plain } from "./lib/format.js";\nconst q = new URLSearchParams(location.search).get("q");\nconst html = highlight(q);\nconst safe = plain(q);\n</script>\n<template>\n  <h1 v-html="html"></h1>\n  <h2 v-html="safe"></h2>\n</template>\n',
  });
  assert.deepEqual(at('js/template-xss'), ['src/Search.vue:8']);
});

test('an inline page script is analysed at its own lines; a templated one is skipped, not an error', async () => {
  const { at, notices } = await scan({
    'public/index.html': '<!doctype html>\n<html><body>\n<div id="out"></div>\n<script>\nvar n = location.hash.slice(1);\ndocument.getElementById("out").innerHTML = "<b>" + n + "</b>";\n</script>\n</body></html>\n',
    'templates/page.html': '<html><body><script>\nvar data = {{ data | tojson }};\n</script></body></html>\n',
    'public/plain.html': '<html><body><p>No scripts here</p><script src="/app.js"></script></body></html>\n',
  });
  assert.deepEqual(at('js/xss'), ['public/index.html:6']);
  assert.deepEqual(notices.filter((n) => n.startsWith('error')), []);
  assert.ok(notices.includes('skipped templates/page.html'), notices.join('\n'));
});

test('broken .vue and .svelte files are scan errors with their path; the scan goes on', async () => {
  const { notices, at } = await scan({
    'src/Broken.svelte': '<script>\nlet x = ;\n</script>\n<p>{@html x</p>\n',
    'src/Broken.vue': '<template><div v-html="a +"></div></template>\n<script>\nexport default {\n</script>\n',
    'src/Fine.svelte': '<script>\nconst h = location.hash;\n</script>\n{@html h}\n',
  });
  assert.ok(notices.includes('error src/Broken.svelte'), notices.join('\n'));
  assert.ok(notices.includes('error src/Broken.vue'), notices.join('\n'));
  assert.deepEqual(at('js/template-xss'), ['src/Fine.svelte:4']);
});
