import { readFile } from 'fs/promises';
import path from 'path';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '~/env';
import { getServerAuthSession } from '~/server/auth';
import { db } from '~/server/db';

// Digital goods: /api/downloads?product=<slug>&file=<name>, stored as DOWNLOAD_DIR/<slug>/<name>
export async function GET(req: NextRequest) {
  const session = await getServerAuthSession();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const slug = req.nextUrl.searchParams.get('product') ?? '';
  const file = req.nextUrl.searchParams.get('file') ?? '';
  const purchased = await db.orderItem.count({
    where: { order: { userId: session.user.id, status: 'PAID' }, product: { slug, downloadable: true } },
  });
  if (!purchased) return NextResponse.json({ error: 'not purchased' }, { status: 403 });

  try {
    const fullPath = path.join(env.DOWNLOAD_DIR, slug, file);
    // vuln: CWE-22
    const data = await readFile(fullPath);
    return new NextResponse(data, {
      headers: {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="${encodeURIComponent(path.basename(fullPath))}"`,
      },
    });
  } catch (err) {
    // vuln: CWE-209
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}
