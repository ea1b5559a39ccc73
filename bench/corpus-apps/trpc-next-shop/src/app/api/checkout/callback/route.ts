import { NextResponse, type NextRequest } from 'next/server';
import { getServerAuthSession } from '~/server/auth';
import { db } from '~/server/db';

// The payment page sends the shopper back here: /api/checkout/callback?order=…&next=/orders/…
export async function GET(req: NextRequest) {
  const { searchParams, origin } = req.nextUrl;
  const session = await getServerAuthSession();
  if (!session?.user) return NextResponse.redirect(new URL('/api/auth/signin', origin));

  const orderId = searchParams.get('order') ?? '';
  const order = await db.order.findFirst({ where: { id: orderId, userId: session.user.id }, select: { id: true, status: true } });
  const fallback = new URL(order ? `/orders/${order.id}` : '/orders', origin);

  let destination: URL;
  try {
    destination = new URL(searchParams.get('next') ?? fallback.pathname, origin);
  } catch {
    destination = fallback;
  }
  if (destination.origin !== origin) destination = fallback;
  // safe: CWE-601
  return NextResponse.redirect(destination);
}
