// SolidStart API route reading the query with Vinxi's h3 helpers (`vinxi/http`).
import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { getQuery } from 'vinxi/http';

export async function GET(event: APIEvent) {
  const { url } = getQuery(event.nativeEvent) as { url?: string };
  if (!url || !/^https?:\/\//.test(url)) return json({ error: 'bad url' }, { status: 400 });
  // ruleid: js/ssrf
  const res = await fetch(url);
  return json({ status: res.status });
}

export async function POST({ params }: APIEvent) {
  // ok: js/ssrf
  const res = await fetch(`https://api.example.com/items/${encodeURIComponent(params.id ?? '')}`);
  return json(await res.json());
}
