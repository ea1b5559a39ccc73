import { redirect } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';

export async function GET({ request }: APIEvent) {
  const url = new URL(request.url);
  const to = url.searchParams.get('to') ?? '/';
  const campaign = url.searchParams.get('c');
  if (campaign) console.info('campaign click', JSON.stringify({ campaign: campaign.slice(0, 40) }));
  // vuln: CWE-601
  return redirect(to, 302);
}
