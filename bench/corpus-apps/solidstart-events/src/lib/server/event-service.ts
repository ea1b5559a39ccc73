import * as eventRepo from './repositories/event-repository';
import * as ticketRepo from './repositories/ticket-repository';
import { cleanDescription } from './html';

const PUBLIC_SORTS: Record<string, string> = {
  soonest: 'starts_at ASC',
  latest: 'starts_at DESC',
  cheapest: 'price_cents ASC',
};

export async function eventPage(id: number) {
  const event = await eventRepo.findPublishedById(id);
  if (!event) return null;
  return {
    ...event,
    summaryHtml: cleanDescription(event.descriptionHtml.slice(0, 600)),
  };
}

export async function browse(params: { q?: string; venue?: string; city?: string }) {
  if (params.venue) return eventRepo.searchByVenue(params.venue);
  return eventRepo.searchByTitle(params.q ?? '', params.city);
}

export async function listing(category: string | undefined, sort: string | null, limit: number) {
  return eventRepo.listPublished({ category, sort: sort ?? PUBLIC_SORTS.soonest, limit });
}

export async function curatedListing(category: string | undefined, sort: string | null) {
  return eventRepo.listPublished({ category, sort: PUBLIC_SORTS[sort ?? ''] ?? PUBLIC_SORTS.soonest, limit: 12 });
}

export async function organiserEvents(organiserId: number, sort: string, dir: string, title?: string) {
  return eventRepo.listForOrganiser(organiserId, sort, dir, title);
}

export async function updateDescription(eventId: number, organiserId: number, html: string) {
  await eventRepo.updateDescription(eventId, organiserId, html);
}

export async function resendLookup(email: string) {
  return ticketRepo.ticketsByHolderEmail(email.trim());
}

export async function doorSearch(eventId: number, name: string) {
  return ticketRepo.ticketsByHolderName(eventId, name);
}
