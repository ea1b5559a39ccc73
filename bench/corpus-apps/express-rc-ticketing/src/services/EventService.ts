import path from 'path';
import { promises as fs } from 'fs';
import crypto from 'crypto';
import { Service } from 'typedi';
import { ForbiddenError, NotFoundError } from 'routing-controllers';
import { config } from '../config';
import { EventRepository, EventSearch } from '../repositories/EventRepository';
import { deepMerge, pickPublicSettings } from '../utils/objects';
import { Event } from '../models/Event';

const BANNER_TYPES: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
};

@Service()
export class EventService {
  constructor(private readonly events: EventRepository) {}

  search(params: EventSearch) {
    return this.events.search(params);
  }

  quickFind(organizerId: number, term: string) {
    return this.events.quickFind(organizerId, term.trim());
  }

  async getOwned(eventId: number, organizerId: number): Promise<Event> {
    const event = await this.events.findById(eventId);
    if (!event) throw new NotFoundError('Event not found');
    if (event.organizerId !== organizerId) throw new ForbiddenError('Not your event');
    return event;
  }

  async getPublic(slug: string) {
    const event = await this.events.findBySlug(slug);
    if (!event) throw new NotFoundError('Event not found');
    return { ...event, settings: pickPublicSettings(event.settings ?? {}) };
  }

  async patchSettings(eventId: number, organizerId: number, patch: Record<string, unknown>) {
    const event = await this.getOwned(eventId, organizerId);
    const merged = deepMerge({ ...(event.settings ?? {}) }, patch);
    return this.events.updateSettings(eventId, merged);
  }

  async saveBanner(eventId: number, organizerId: number, file: Express.Multer.File) {
    await this.getOwned(eventId, organizerId);
    const ext = BANNER_TYPES[file.mimetype];
    if (!ext) throw new ForbiddenError('Banner must be PNG, JPEG or WebP');
    const name = `${eventId}-${crypto.randomUUID()}${ext}`;
    // safe: CWE-22
    await fs.writeFile(path.join(config.paths.uploads, 'banners', name), file.buffer);
    return this.events.setBanner(eventId, name);
  }

  /** Resolves a banner file name from the URL to a path inside the banners folder. */
  bannerPath(name: string): string {
    return path.join(config.paths.uploads, 'banners', name);
  }

  /** Same, for attachments (venue maps, programmes) – checked against the folder. */
  attachmentPath(eventId: number, name: string): string | null {
    const root = path.resolve(config.paths.uploads, 'attachments', String(eventId));
    const candidate = path.resolve(root, name);
    if (!candidate.startsWith(root + path.sep)) return null;
    return candidate;
  }
}
