import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { getVerifiedSession } from '../../../lib/session';

const sh = promisify(exec);
const run = promisify(execFile);

export async function POST(request: Request) {
  const session = getVerifiedSession();
  if (session?.role !== 'admin') return new Response('forbidden', { status: 403 });
  const body = await request.json();
  if (body.mode === 'tag') {
    if (!/^v\d+\.\d+\.\d+$/.test(body.tag)) return new Response('bad tag', { status: 400 });
    // safe: CWE-78
    await run('git', ['-C', '/srv/portal', 'checkout', body.tag]);
    return Response.json({ ok: true });
  }
  // vuln: CWE-78
  const { stdout } = await sh(`cd /srv/portal && git fetch && git checkout ${body.ref} && npm run build`);
  return Response.json({ ok: true, log: stdout.slice(-2000) });
}
