import { readFile } from 'fs/promises';
import path from 'path';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '~/env';
import { getServerAuthSession } from '~/server/auth';
import { db } from '~/server/db';

export async function GET(_req: NextRequest, { params }: { params: { orderId: string } }) {
  const session = await getServerAuthSession();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const order = await db.order.findFirst({
    where: { id: params.orderId, userId: session.user.id },
    select: { id: true, invoiceFile: true },
  });
  if (!order?.invoiceFile) return NextResponse.json({ error: 'not found' }, { status: 404 });

  const fullPath = path.join(env.INVOICE_DIR, path.basename(order.invoiceFile));
  // safe: CWE-22
  const pdf = await readFile(fullPath);
  return new NextResponse(pdf, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="invoice-${order.id}.pdf"` },
  });
}
