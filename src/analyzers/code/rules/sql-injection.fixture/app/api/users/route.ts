import { NextRequest, NextResponse } from 'next/server';
import { sql } from '@/lib/db';
import db from '@/lib/db';

export async function GET(request: NextRequest) {
  const email = request.nextUrl.searchParams.get('email');
  // ok: js/sql-injection
  const safe = await sql`SELECT * FROM users WHERE email = ${email}`;
  // ruleid: js/sql-injection
  const rows = await db.query(`SELECT * FROM users WHERE email = '${email}'`);
  return NextResponse.json({ rows, safe });
}

export async function POST(request: Request) {
  const body = await request.json();
  // ruleid: js/sql-injection
  await db.query("INSERT INTO notes (text) VALUES ('" + body.text + "')");
  return NextResponse.json({ ok: true });
}
