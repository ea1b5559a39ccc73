import config from '../config.js';

// Imports busy slots from the venue's external calendar (Google / Outlook ICS feed URL).
export async function fetchBusySlots(icsUrl) {
  // vuln: CWE-918
  const res = await fetch(icsUrl, { headers: { accept: 'text/calendar' }, signal: AbortSignal.timeout(8000) });
  if (!res.ok) throw Object.assign(new Error(`calendar fetch failed (${res.status})`), { statusCode: 502 });
  const text = await res.text();
  const slots = [];
  for (const block of text.split('BEGIN:VEVENT').slice(1)) {
    const start = /DTSTART(?:;[^:\n]*)?:(\d{8}T\d{6}Z?)/.exec(block)?.[1];
    const end = /DTEND(?:;[^:\n]*)?:(\d{8}T\d{6}Z?)/.exec(block)?.[1];
    if (start && end) slots.push({ start, end });
  }
  return slots;
}

export async function geocode(address) {
  const url = new URL(config.geocoderUrl);
  url.searchParams.set('q', address);
  url.searchParams.set('limit', '1');
  // safe: CWE-918
  const res = await fetch(url, { headers: { 'x-api-key': process.env.GEOCODER_KEY } });
  if (!res.ok) return null;
  const [hit] = await res.json();
  return hit ? { lat: hit.lat, lng: hit.lon } : null;
}
