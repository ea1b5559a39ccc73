import yaml from 'js-yaml';
import * as eventRepo from './repositories/event-repository';
import { SLUG } from './validators';
import { geocodeVenue } from './webhook-service';

type ImportedEvent = {
  slug: string;
  title: string;
  venue: string;
  city: string;
  category: string;
  startsAt: string;
  priceCents: number;
  capacity: number;
};

export function parseProgramme(text: string, format: 'yaml' | 'json'): ImportedEvent[] {
  if (format === 'json') {
    // safe: CWE-502
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : parsed.events ?? [];
  }
  // vuln: CWE-502
  const doc = yaml.load(text) as { events?: ImportedEvent[] };
  return doc?.events ?? [];
}

export function parseVenueList(text: string): string[] {
  // safe: CWE-502
  const doc = yaml.safeLoad(text) as { venues?: unknown[] } | undefined;
  return (doc?.venues ?? []).filter((v): v is string => typeof v === 'string');
}

export async function importProgramme(organiserId: number, text: string, format: 'yaml' | 'json') {
  const items = parseProgramme(text, format);
  let created = 0;
  for (const item of items) {
    if (!SLUG.test(String(item.slug))) continue;
    await eventRepo.insertEvent({
      organiserId,
      slug: item.slug,
      title: String(item.title),
      venue: String(item.venue),
      city: String(item.city),
      category: String(item.category),
      startsAt: new Date(item.startsAt),
      priceCents: Number(item.priceCents) | 0,
      capacity: Number(item.capacity) | 0,
    });
    await geocodeVenue(String(item.venue), String(item.city)).catch(() => null);
    created += 1;
  }
  return created;
}
