import {inject, service} from '@loopback/core';
import {repository} from '@loopback/repository';
import {get, HttpErrors, param, post, requestBody, Response, RestBindings} from '@loopback/rest';
import {promises as fs} from 'fs';
import path from 'path';
import {Rma} from '../models/rma.model';
import {RmaRepository} from '../repositories/rma.repository';
import {CarrierService} from '../services/carrier.service';
import {LabelPrinterService} from '../services/label-printer.service';
import {escapeRegExp} from '../utils/html';

const LABEL_DIR = process.env.LABEL_DIR ?? '/var/lib/rma/labels';
const PHOTO_DIR = process.env.PHOTO_DIR ?? '/var/lib/rma/photos';

export class RmaController {
  constructor(
    @repository(RmaRepository) public rmaRepository: RmaRepository,
    @service(CarrierService) private carrier: CarrierService,
    @service(LabelPrinterService) private printer: LabelPrinterService,
  ) {}

  @get('/rmas/search')
  async search(
    @param.query.string('serial') serial: string,
    @param.query.number('limit') limit?: number,
  ): Promise<Rma[]> {
    if (!serial) return [];
    return this.rmaRepository.searchBySerial(serial, limit);
  }

  @get('/customers/{customerId}/rmas')
  async forCustomer(
    @param.path.number('customerId') customerId: number,
    @param.query.string('sort') sort = 'created',
    @param.query.string('dir') dir = 'desc',
  ): Promise<Rma[]> {
    return this.rmaRepository.listForCustomer(customerId, sort, dir);
  }

  @get('/rmas/{id}/notes/search')
  async searchNotes(
    @param.path.number('id') id: number,
    @param.query.string('q') q: string,
    @param.query.boolean('regex') regex = false,
  ): Promise<{id: number; notes: string}[]> {
    const rows = await this.rmaRepository.notesFor(id);
    if (regex) {
      // Power users asked for regex search in the notes box.
      const re = new RegExp(q, 'i');
      // vuln: CWE-400
      return rows.filter(r => re.test(r.notes ?? ''));
    }
    const plain = new RegExp(escapeRegExp(q.slice(0, 100)), 'i');
    // safe: CWE-400
    return rows.filter(r => plain.test(r.notes ?? ''));
  }

  @post('/rmas')
  async create(
    @requestBody({
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['serial', 'customerId'],
            properties: {
              serial: {type: 'string', maxLength: 64},
              customerId: {type: 'number'},
              reason: {type: 'string', maxLength: 2000},
            },
          },
        },
      },
    })
    body: Pick<Rma, 'serial' | 'customerId' | 'reason'>,
  ): Promise<Rma> {
    // safe: CWE-89
    return this.rmaRepository.create({...body, status: 'open'});
  }

  @get('/rmas/{id}/label/{file}')
  async label(
    @param.path.number('id') id: number,
    @param.path.string('file') file: string,
    @inject(RestBindings.Http.RESPONSE) response: Response,
  ): Promise<Response> {
    const target = path.join(LABEL_DIR, String(id), file);
    // vuln: CWE-22
    const pdf = await fs.readFile(target);
    response.contentType('application/pdf');
    return response.send(pdf);
  }

  @get('/rmas/{id}/photos/{name}')
  async photo(
    @param.path.number('id') id: number,
    @param.path.string('name') name: string,
    @inject(RestBindings.Http.RESPONSE) response: Response,
  ): Promise<Response> {
    const root = path.resolve(PHOTO_DIR, String(id));
    const target = path.resolve(root, path.basename(name));
    if (!target.startsWith(root + path.sep)) throw new HttpErrors.BadRequest('bad name');
    // safe: CWE-22
    const img = await fs.readFile(target);
    response.contentType(path.extname(target) === '.png' ? 'image/png' : 'image/jpeg');
    return response.send(img);
  }

  @post('/rmas/{id}/print')
  async print(
    @param.path.number('id') id: number,
    @requestBody() body: {printer: string; title?: string; copies?: string},
  ): Promise<{queued: boolean; output?: string}> {
    const labelPath = path.join(LABEL_DIR, String(id), 'label.pdf');
    if (body.title || body.copies) {
      const output = await this.printer.printWithTitle(labelPath, body.title ?? `RMA ${id}`, body.copies ?? '1');
      return {queued: true, output};
    }
    await this.printer.printLabel(labelPath, body.printer);
    return {queued: true};
  }

  @post('/rmas/{id}/callback-test')
  async callbackTest(
    @param.path.number('id') id: number,
    @requestBody() body: {callbackUrl: string},
  ): Promise<{status: number}> {
    const status = await this.carrier.pingCallback(body.callbackUrl, id);
    return {status};
  }

  @get('/rmas/{id}/tracking')
  async tracking(@param.path.number('id') id: number, @param.query.string('no') no: string) {
    return this.carrier.trackingStatus(no);
  }
}
