import { redirect } from 'next/navigation';
import { getServerAuthSession } from '~/server/auth';
import { db } from '~/server/db';
import { reorder, updateProfile } from './actions';

export default async function AccountPage({ searchParams }: { searchParams: { returnTo?: string } }) {
  const session = await getServerAuthSession();
  if (!session?.user) redirect('/api/auth/signin?callbackUrl=/account');

  const orders = await db.order.findMany({
    where: { userId: session.user.id, status: { not: 'CART' } },
    orderBy: { paidAt: 'desc' },
    take: 10,
  });

  return (
    <main className="container">
      <h1>Your account</h1>
      <form action={updateProfile}>
        <label>
          Display name
          <input name="displayName" defaultValue={session.user.name ?? ''} required maxLength={60} />
        </label>
        <label>
          <input type="checkbox" name="newsletter" /> Weekly newsletter
        </label>
        <input type="hidden" name="returnTo" value={searchParams.returnTo ?? ''} />
        <button type="submit">Save</button>
      </form>
      <h2>Recent orders</h2>
      <ul>
        {orders.map((order) => (
          <li key={order.id}>
            {order.id} · {order.status} · ${(order.totalCents / 100).toFixed(2)}
            <a href={`/api/invoices/${order.id}`}>Invoice</a>
            <form action={reorder}>
              <input type="hidden" name="orderId" value={order.id} />
              <button type="submit">Buy again</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
