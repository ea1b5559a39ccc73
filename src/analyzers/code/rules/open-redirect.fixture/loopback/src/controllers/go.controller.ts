import { inject } from '@loopback/core';
import { get, param, Request, Response, RestBindings } from '@loopback/rest';

// LoopBack 4 hands the Express request and response to whichever parameter asks for them by binding.
export class GoController {
  @get('/go')
  go(@inject(RestBindings.Http.RESPONSE) out: Response, @param.query.string('to') to: string) {
    // ruleid: js/open-redirect
    out.redirect(to);
  }

  @get('/back')
  back(@inject(RestBindings.Http.REQUEST) incoming: Request, @inject(RestBindings.Http.RESPONSE) reply: Response) {
    // ruleid: js/open-redirect
    reply.redirect(String(incoming.query.next));
  }

  @get('/home')
  home(@inject(RestBindings.Http.RESPONSE) out: Response, @param.query.string('to') to: string) {
    // ok: js/open-redirect
    out.redirect(to === 'settings' ? '/settings' : '/');
  }
}
