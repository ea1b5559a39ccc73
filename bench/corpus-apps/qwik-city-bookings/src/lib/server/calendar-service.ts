export interface BusyBlock {
  start: string;
  end: string;
  summary: string;
}

function parseIcs(text: string): BusyBlock[] {
  const blocks: BusyBlock[] = [];
  let current: Partial<BusyBlock> | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      if (current.start && current.end) blocks.push({ start: current.start, end: current.end, summary: current.summary ?? '' });
      current = null;
    } else if (current) {
      const idx = line.indexOf(':');
      if (idx < 0) continue;
      const name = line.slice(0, idx).split(';')[0];
      const value = line.slice(idx + 1);
      if (name === 'DTSTART') current.start = value;
      if (name === 'DTEND') current.end = value;
      if (name === 'SUMMARY') current.summary = value;
    }
  }
  return blocks;
}

/** Staff paste the "secret iCal address" of whatever calendar tool they use. */
export async function importFeed(feedUrl: string): Promise<{ blocks: BusyBlock[]; raw: string }> {
  // vuln: CWE-918
  const res = await fetch(feedUrl, { headers: { accept: 'text/calendar' } });
  const raw = await res.text();
  return { blocks: parseIcs(raw), raw: raw.slice(0, 4000) };
}

export async function importGoogleCalendar(calendarId: string): Promise<BusyBlock[]> {
  const url = `https://calendar.google.com/calendar/ical/${encodeURIComponent(calendarId)}/public/basic.ics`;
  // safe: CWE-918
  const res = await fetch(url, { redirect: 'error' });
  if (!res.ok) throw new Error(`Google Calendar answered ${res.status}`);
  return parseIcs(await res.text());
}
