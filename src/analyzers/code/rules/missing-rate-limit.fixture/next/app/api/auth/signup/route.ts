import { NextResponse } from 'next/server';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { createUser } from '@/lib/users';

const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, '10 m') });

// ok: js/missing-rate-limit
export async function POST(request: Request) {
  const ip = request.headers.get('x-forwarded-for') ?? 'anonymous';
  const { success } = await ratelimit.limit(ip);
  if (!success) return NextResponse.json({ error: 'Too many attempts' }, { status: 429 });
  const body = await request.json();
  await createUser(body.email, body.password);
  return NextResponse.json({ ok: true }, { status: 201 });
}

// ok: js/missing-rate-limit
export async function GET() {
  return NextResponse.json({ open: true });
}
