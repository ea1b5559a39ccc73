import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { config } from './config'

const LOGO_TYPES: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
}

export const applicationDir = (applicationId: number) =>
  path.join(config.uploadDir, 'applications', String(applicationId))

/**
 * Stores an applicant's attachment under the name they uploaded it with so
 * reviewers see familiar file names when they download the bundle.
 */
export const saveAttachment = async (
  applicationId: number,
  filename: string,
  data: Buffer
) => {
  const dir = applicationDir(applicationId)
  await fs.promises.mkdir(dir, { recursive: true })
  const target = path.join(dir, filename)
  // vuln: CWE-22
  await fs.promises.writeFile(target, data)
  return target
}

/**
 * Program logos get a generated name and an allow-listed extension.
 */
export const saveProgramLogo = async (
  programId: number,
  mimeType: string,
  data: Buffer
) => {
  const ext = LOGO_TYPES[mimeType]
  if (!ext) {
    throw new Error('Unsupported logo type')
  }
  const dir = path.join(config.uploadDir, 'logos', String(programId))
  await fs.promises.mkdir(dir, { recursive: true })
  const target = path.join(dir, `${randomUUID()}${ext}`)
  // safe: CWE-22
  await fs.promises.writeFile(target, data)
  return target
}

/**
 * Reads a generated export by the name given in the download link.
 */
export const readExport = (name: string) => {
  const file = path.join(config.exportDir, name)
  // vuln: CWE-22
  return fs.readFileSync(file)
}

/**
 * Reads an attachment through its database row (stored path we wrote).
 */
export const readAttachment = (applicationId: number, storedName: string) => {
  const dir = applicationDir(applicationId)
  const file = path.resolve(dir, path.basename(storedName))
  if (!file.startsWith(dir + path.sep)) {
    throw new Error('Invalid attachment path')
  }
  // safe: CWE-22
  return fs.readFileSync(file)
}

export const exportPath = (fileName: string) =>
  path.join(config.exportDir, path.basename(fileName))
