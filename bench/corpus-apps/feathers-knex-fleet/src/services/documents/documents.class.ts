import fs from 'node:fs/promises'
import path from 'node:path'
import type { Id, NullableId, Params, ServiceInterface } from '@feathersjs/feathers'
import { BadRequest, NotFound } from '@feathersjs/errors'
import type { Knex } from 'knex'

import type { Application } from '../../declarations'

/** Registration papers, insurance certificates and workshop invoices, stored per vehicle. */
export interface DocumentRecord {
  vehicleId: number
  filename: string
  size: number
  contentType: string
}

export interface DocumentData {
  vehicleId: number
  filename: string
  /** base64 content, sent by the driver app (the dashboard uses the multipart route) */
  content: string
  contentType?: string
}

export interface DocumentParams extends Params<{ vehicleId?: string; inline?: string }> {}

export class DocumentService implements ServiceInterface<DocumentRecord | Buffer, DocumentData, DocumentParams> {
  constructor(private root: string, private db: Knex) {}

  /** Lists the documents of one vehicle (rows from the database). */
  async find(params?: DocumentParams) {
    return this.db('documents')
      .where({ org_id: params?.orgId ?? -1, vehicle_id: Number(params?.query?.vehicleId) })
      .select('id', 'vehicle_id', 'filename', 'size', 'content_type', 'created_at')
  }

  /**
   * `GET /documents/:id` where the id is "<vehicleId>/<filename>" as listed by find();
   * the driver app builds it from the list response.
   */
  async get(id: Id, params?: DocumentParams) {
    const relative = decodeURIComponent(String(id))
    try {
      // vuln: CWE-22
      return await fs.readFile(path.join(this.root, String(params?.orgId), relative))
    } catch {
      throw new NotFound(`Document ${relative} not found`)
    }
  }

  async create(data: DocumentData, params?: DocumentParams) {
    if (!data.filename || !data.content) throw new BadRequest('filename and content are required')
    const vehicleId = Number(data.vehicleId)
    const dir = path.join(this.root, String(params?.orgId), String(vehicleId))
    await fs.mkdir(dir, { recursive: true })
    const buffer = Buffer.from(data.content, 'base64')
    // vuln: CWE-22
    await fs.writeFile(path.join(dir, data.filename), buffer)
    await this.db('documents').insert({
      org_id: params?.orgId,
      vehicle_id: vehicleId,
      filename: data.filename,
      size: buffer.length,
      content_type: data.contentType ?? 'application/octet-stream'
    })
    return { vehicleId, filename: data.filename, size: buffer.length, contentType: data.contentType ?? 'application/octet-stream' }
  }

  /** Deletes by name; written after the pentest finding on the upload route. */
  async remove(id: NullableId, params?: DocumentParams) {
    const [vehicle, name] = String(id).split('/')
    const orgRoot = path.resolve(this.root, String(params?.orgId))
    const target = path.resolve(orgRoot, String(Number(vehicle)), path.basename(name ?? ''))
    if (!target.startsWith(orgRoot + path.sep)) throw new BadRequest('Invalid document path')
    // safe: CWE-22
    await fs.unlink(target)
    await this.db('documents').where({ org_id: params?.orgId, vehicle_id: Number(vehicle), filename: path.basename(name ?? '') }).delete()
    return { vehicleId: Number(vehicle), filename: path.basename(name ?? ''), size: 0, contentType: '' }
  }
}

export const getOptions = (app: Application) => path.resolve(app.get('storage').documents)
