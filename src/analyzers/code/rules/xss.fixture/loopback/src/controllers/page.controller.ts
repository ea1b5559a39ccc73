import { inject } from '@loopback/core';
import { get, param, Response, RestBindings } from '@loopback/rest';

// LoopBack 4: query and header parameters are client text; a number path parameter is checked first.
export class PageController {
  @get('/page/{id}')
  page(@param.path.number('id') id: number, @inject(RestBindings.Http.RESPONSE) response: Response) {
    // ok: js/xss
    response.send(`<p>page ${id}</p>`);
  }

  @get('/hello')
  hello(@param.query.string('name') name: string, @inject(RestBindings.Http.RESPONSE) response: Response) {
    // ruleid: js/xss
    response.send(`<p>hello ${name}</p>`);
  }

  @get('/hello2')
  hello2(@param.header.string('x-name') name: string, @inject(RestBindings.Http.RESPONSE) response: Response) {
    // ruleid: js/xss
    response.send(`<p>hello ${name}</p>`);
  }
}
