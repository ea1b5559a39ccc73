import {inject} from '@loopback/core';
import {get, patch, put, requestBody, Request, RestBindings} from '@loopback/rest';
import {deepMerge, pickLayout} from '../utils/merge';

type Json = Record<string, unknown>;

// Per-dealer preference documents, cached in memory and flushed by a job.
const preferences = new Map<string, Json>();

function dealerOf(req: Request): string {
  return String(req.headers['x-dealer-id'] ?? 'anonymous');
}

export class SettingsController {
  constructor(@inject(RestBindings.Http.REQUEST) private req: Request) {}

  @get('/settings')
  current(): Json {
    return preferences.get(dealerOf(this.req)) ?? {};
  }

  @patch('/settings')
  update(@requestBody() body: Json): Json {
    const current = preferences.get(dealerOf(this.req)) ?? {};
    const merged = deepMerge(current, body);
    preferences.set(dealerOf(this.req), merged);
    return merged;
  }

  @put('/settings/layout')
  layout(@requestBody() body: Json): Json {
    const current = preferences.get(dealerOf(this.req)) ?? {};
    const next = {...current, layout: pickLayout(body)};
    preferences.set(dealerOf(this.req), next);
    return next;
  }
}
