import { NextResponse, type NextRequest } from 'next/server';

async function buildReport(id: string | null): Promise<unknown> {
  return { id };
}

export async function GET(req: NextRequest) {
  try {
    return NextResponse.json(await buildReport(req.nextUrl.searchParams.get('id')));
  } catch (err) {
    // ruleid: js/stack-trace-exposure
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}

export async function POST(req: NextRequest) {
  try {
    return NextResponse.json(await buildReport(null));
  } catch (err) {
    console.error(err);
    // ok: js/stack-trace-exposure
    return NextResponse.json({ error: 'Report failed' }, { status: 500 });
  }
}
