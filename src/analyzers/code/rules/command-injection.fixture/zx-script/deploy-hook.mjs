// A deploy webhook running zx commands: zx's `$` quotes each substitution too.
import http from 'node:http';
import { $ } from 'zx';

http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  // ok: js/command-injection
  await $`git fetch origin ${url.searchParams.get('branch')}`;
  // ruleid: js/command-injection
  await $`sh -c ${url.searchParams.get('hook')}`;
  res.end('ok');
}).listen(8080);
