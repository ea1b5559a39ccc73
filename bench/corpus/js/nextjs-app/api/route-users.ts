// app/api/users/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { sql } from '@vercel/postgres';
import { db } from '@/lib/db';

export async function GET(request: NextRequest) {
  const role = request.nextUrl.searchParams.get('role');
  // ok: js/sql-injection
  const { rows } = await sql`SELECT id, name FROM users WHERE role = ${role}`;
  return NextResponse.json(rows);
}

export async function DELETE(request: NextRequest) {
  const ids = request.nextUrl.searchParams.get('ids');
  // ruleid: js/sql-injection
  await db.query(`DELETE FROM users WHERE id IN (${ids})`);
  return NextResponse.json({ deleted: true });
}

export async function PATCH(request: NextRequest) {
  const { id, email } = await request.json();
  // ok: js/sql-injection
  await db.query('UPDATE users SET email = $1 WHERE id = $2', [email, id]);
  return NextResponse.json({ ok: true });
}
