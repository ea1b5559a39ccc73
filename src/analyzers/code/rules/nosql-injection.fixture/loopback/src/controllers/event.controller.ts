import { repository } from '@loopback/repository';
import { post, requestBody } from '@loopback/rest';
import { EventRepository } from '../repositories/event.repository';

export class EventController {
  constructor(@repository(EventRepository) private events: EventRepository) {}

  @post('/events/search')
  async search(@requestBody() body: { owner: unknown; kind?: string }) {
    if (body.kind) return this.events.byKind(body.kind);
    return this.events.byOwner(body.owner);
  }

  @post('/events/purge')
  async purge(@requestBody() body: { owner: unknown }) {
    await this.events.insert(body);
    return this.events.removeByOwner(body.owner);
  }
}
