import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import pino from 'pino'

const logger = pino()

export class NoteService implements ServiceInterface<any, any> {
  async create(data: any, params?: Params) {
    // ruleid: js/sensitive-data-in-log
    logger.debug(`create note ${JSON.stringify(data)}`)
    // ok: js/sensitive-data-in-log
    logger.debug(`create note titled ${data.title}`)
    return data
  }

  async get(id: Id, params?: Params) {
    // ok: js/sensitive-data-in-log
    logger.debug(`get note ${id}`)
    return { id }
  }
}
