// An action declared text/html sends its returned string as the page; a JSON controller's does not.
import { Controller, ContentType, Get, JsonController, QueryParam } from 'routing-controllers';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (inner: string) => `<!doctype html><html><body>${inner}</body></html>`;

@Controller('/cards')
export class CardsController {
  @Get('/greeting')
  @ContentType('text/html')
  greeting(@QueryParam('to') to: string) {
    const line = `<p>Dear ${to},</p>`;
    // ruleid: js/xss
    return page(line);
  }

  @Get('/greeting-escaped')
  @ContentType('text/html')
  greetingEscaped(@QueryParam('to') to: string) {
    // ok: js/xss
    return page(`<p>Dear ${escape(to)},</p>`);
  }

  @Get('/greeting.txt')
  @ContentType('text/plain')
  greetingText(@QueryParam('to') to: string) {
    // ok: js/xss
    return `Dear ${to},`;
  }
}

@JsonController('/api/cards')
export class CardsApi {
  @Get('/preview')
  preview(@QueryParam('to') to: string) {
    // ok: js/xss
    return { html: `<p>Dear ${to},</p>` };
  }
}
