'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getServerAuthSession } from '~/server/auth';
import { db } from '~/server/db';

const profileSchema = z.object({
  displayName: z.string().trim().min(1).max(60),
  newsletter: z.literal('on').optional(),
  returnTo: z.string().optional(),
});

export async function updateProfile(formData: FormData) {
  const session = await getServerAuthSession();
  if (!session?.user) redirect('/api/auth/signin');

  const input = profileSchema.parse(Object.fromEntries(formData));
  await db.user.update({
    where: { id: session.user.id },
    data: { name: input.displayName, newsletterOptIn: input.newsletter === 'on' },
  });
  revalidatePath('/account');
  // vuln: CWE-601
  redirect(input.returnTo || '/account');
}

export async function reorder(formData: FormData) {
  const session = await getServerAuthSession();
  if (!session?.user) redirect('/api/auth/signin');

  const orderId = z.string().cuid().parse(formData.get('orderId'));
  const previous = await db.order.findFirstOrThrow({
    where: { id: orderId, userId: session.user.id },
    include: { items: true },
  });
  const cart = await db.order.create({
    data: {
      userId: session.user.id,
      status: 'CART',
      totalCents: previous.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0),
      items: { create: previous.items.map(({ productId, quantity, priceCents }) => ({ productId, quantity, priceCents })) },
    },
  });
  // safe: CWE-601
  redirect(`/checkout/${cart.id}`);
}
