/**
 * Extension-less scripts run by node (`bin/cli` with `#!/usr/bin/env node`) are JavaScript: they
 * are scanned like `.js` files; other extension-less files (shell scripts, READMEs) are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shebangKind } from '../../src/pipeline/file-kinds.js';
import { runVouch, tempProject } from '../helpers/cli.js';

test('shebang: node, nodejs, bun, env -S and absolute paths are JavaScript; ts-node/tsx TypeScript; others nothing', () => {
  assert.equal(shebangKind('bin/import', '#!/usr/bin/env node\n"use strict";'), 'javascript');
  assert.equal(shebangKind('bin/import', '#!/usr/local/bin/node --max-old-space-size=4096\n'), 'javascript');
  assert.equal(shebangKind('bin/import', '#!/usr/bin/env -S node --experimental-vm-modules\n'), 'javascript');
  assert.equal(shebangKind('bin/import', '#!/usr/bin/env nodejs'), 'javascript');
  assert.equal(shebangKind('bin/import', '#!/usr/bin/env bun\n'), 'javascript');
  assert.equal(shebangKind('scripts/seed', '#!/usr/bin/env -S npx tsx\n'), 'typescript');
  assert.equal(shebangKind('scripts/seed', '#!/usr/bin/env ts-node\n'), 'typescript');
  assert.equal(shebangKind('bin/deploy', '#!/bin/bash\nnode x.js\n'), undefined);
  assert.equal(shebangKind('bin/deploy', '#!/usr/bin/env python3\n'), undefined);
  assert.equal(shebangKind('bin/nodemon-wrapper', '#!/bin/sh\nexec nodemon'), undefined);
  assert.equal(shebangKind('README', 'node is great\n'), undefined);
  // A file with an extension is decided by its extension.
  assert.equal(shebangKind('run.sh', '#!/usr/bin/env node\n'), undefined);
});

test('shebang: an extension-less node script is scanned and its flaw reported; a shell script is not parsed', () => {
  const dir = tempProject({
    'bin/unpack': "#!/usr/bin/env node\nconst { execSync } = require('child_process');\nexecSync('tar xf ' + process.argv[2]);\n",
    'bin/deploy': '#!/bin/sh\nset -e\nnpm ci && node server.js\n',
  });
  const run = runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { path: string; level: string }[] };
  assert.deepEqual(report.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`), ['js/command-injection bin/unpack:3']);
  assert.deepEqual(report.notices.filter((n) => n.level === 'error'), []);
});
