// Ts.ED: an action declared text/html (@tsed/schema) sends its returned string as the page.
import { Controller } from '@tsed/di';
import { ContentType, Get } from '@tsed/schema';
import { PathParams, QueryParams } from '@tsed/platform-params';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const shell = (title: string, body: string) => `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;

@Controller('/widgets')
export class WidgetsController {
  @Get('/:id')
  @ContentType('text/html')
  widget(@PathParams('id') id: string, @QueryParams('label') label: string) {
    // ruleid: js/xss
    return shell('Widget', `<h3>${label}</h3><p>${escapeHtml(id)}</p>`);
  }

  @Get('/:id/badge')
  @ContentType('text/html')
  badge(@PathParams('id') id: string, @QueryParams('theme') theme: string) {
    const css = theme === 'dark' ? 'dark' : 'light';
    // ok: js/xss
    return shell('Badge', `<span class="${css}">${escapeHtml(id)}</span>`);
  }

  @Get('/:id/label.json')
  json(@QueryParams('label') label: string) {
    // ok: js/xss
    return { html: `<h3>${label}</h3>` };
  }
}
