import { ContentType, Controller, Get, Param, QueryParam } from 'routing-controllers';
import { Service } from 'typedi';
import { EventService } from '../services/EventService';
import { escapeHtml, formatDate } from '../utils/html';

const layout = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Gatehouse</title>
<link rel="stylesheet" href="/static/site.css"></head><body>${body}</body></html>`;

/** Server-rendered share pages so that links unfurl nicely in chat apps. */
@Controller('/e')
@Service()
export class PageController {
  constructor(private readonly events: EventService) {}

  @Get('/:slug')
  @ContentType('text/html')
  async eventPage(@Param('slug') slug: string, @QueryParam('ref') ref?: string) {
    const event = await this.events.getPublic(slug);
    const banner = event.bannerFile ? `<img src="/events/${event.id}/banner/${encodeURIComponent(event.bannerFile)}" alt="">` : '';
    const referral = ref ? `<p class="ref">You were invited by ${ref}</p>` : '';
    // vuln: CWE-79
    return layout(
      event.title,
      `${banner}
      <h1>${escapeHtml(event.title)}</h1>
      <p>${escapeHtml(event.venue)}, ${escapeHtml(event.city)} — ${escapeHtml(formatDate(event.startsAt))}</p>
      ${referral}
      <a class="buy" href="/checkout/${encodeURIComponent(event.slug)}">Get tickets</a>`,
    );
  }

  @Get('/:slug/embed')
  @ContentType('text/html')
  async embed(@Param('slug') slug: string, @QueryParam('theme') theme?: string) {
    const event = await this.events.getPublic(slug);
    const safeTheme = theme === 'dark' ? 'dark' : 'light';
    // safe: CWE-79
    return layout(event.title, `<div class="embed ${safeTheme}"><strong>${escapeHtml(event.title)}</strong> <span>${escapeHtml(event.city)}</span></div>`);
  }
}
