import {inject} from '@loopback/core';
import {repository} from '@loopback/repository';
import {get, HttpErrors, param, Response, RestBindings} from '@loopback/rest';
import {RmaRepository} from '../repositories/rma.repository';
import {escapeHtml, page} from '../utils/html';

// Small server-rendered pages linked from e-mails (no SPA needed).
export class PagesController {
  constructor(@repository(RmaRepository) private rmas: RmaRepository) {}

  @get('/p/rma/{id}', {responses: {'200': {description: 'RMA status page'}}})
  async statusPage(
    @param.path.number('id') id: number,
    @inject(RestBindings.Http.RESPONSE) response: Response,
  ): Promise<Response> {
    const rma = await this.rmas.findById(id).catch(() => null);
    if (!rma) throw new HttpErrors.NotFound();
    const body =
      `<h1>Return ${escapeHtml(rma.serial)}</h1>` +
      `<p>Status: <strong>${escapeHtml(rma.status)}</strong></p>` +
      `<p>Reason given: ${escapeHtml(rma.reason)}</p>`;
    response.contentType('text/html');
    // safe: CWE-79
    return response.send(page(`RMA ${rma.serial}`, body));
  }

  // Landing page after the drop-off form; the carrier site links here with ?name=&ref=.
  @get('/p/dropoff/thanks')
  thanks(
    @param.query.string('name') name: string,
    @param.query.string('ref') ref: string,
    @inject(RestBindings.Http.RESPONSE) response: Response,
  ): Response {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    // vuln: CWE-79
    return response.send(`<html><body><h2>Thanks ${name}!</h2><p>Your drop-off reference is ${escapeHtml(ref)}.</p></body></html>`);
  }
}
