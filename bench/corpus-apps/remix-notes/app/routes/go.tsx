import type { LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { prisma } from '~/db.server';
import { getUserId } from '~/session.server';

// Outbound links in rendered notes go through /go?to=… so we can count clicks.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const to = new URL(request.url).searchParams.get('to');
  if (!to) return redirect('/notes');
  const userId = await getUserId(request);
  await prisma.linkClick.create({ data: { url: to.slice(0, 2000), userId: userId ?? null } });
  // vuln: CWE-601
  return redirect(to);
};
