// app/api/export/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { exec } from 'child_process';
import { promisify } from 'util';
import { readFile } from 'fs/promises';
import path from 'path';

const run = promisify(exec);

export async function POST(request: NextRequest) {
  const { format, tableName } = await request.json();
  const outFile = `/tmp/export-${Date.now()}.${format}`;
  // ruleid: js/command-injection
  // ruleid: js/sql-injection
  await run(`sqlite3 -header -csv data.db "SELECT * FROM ${tableName};" > ${outFile}`);
  // ruleid: js/path-traversal
  const data = await readFile(outFile);
  return new NextResponse(data, { headers: { 'Content-Type': 'text/csv' } });
}

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? '';
  // ruleid: js/path-traversal
  const data = await readFile(path.join(process.cwd(), 'exports', name));
  return new NextResponse(data);
}
