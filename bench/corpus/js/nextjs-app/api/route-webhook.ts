// app/api/webhook/route.ts
import { NextResponse } from 'next/server';
import axios from 'axios';

export async function POST(req: Request) {
  const body = await req.json();
  // ruleid: js/ssrf
  const result = await axios.get(body.callbackUrl);
  return NextResponse.json({ delivered: result.status === 200 });
}

export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const city = searchParams.get('city') ?? 'London';
  // ok: js/ssrf
  const res = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${encodeURIComponent(city)}&appid=${process.env.OWM_KEY}`);
  return NextResponse.json(await res.json());
}
