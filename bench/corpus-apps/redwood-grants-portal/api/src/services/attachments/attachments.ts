import type { MutationResolvers, QueryResolvers } from 'types/graphql'

import { ForbiddenError, UserInputError } from '@redwoodjs/graphql-server'

import { config } from 'src/lib/config'
import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'
import { saveAttachment } from 'src/lib/storage'

const ALLOWED_EXT = ['.pdf', '.docx', '.xlsx', '.png', '.jpg']

const assertOwner = async (applicationId: number) => {
  const app = await db.application.findUnique({ where: { id: applicationId } })
  if (!app || app.applicantId !== context.currentUser.id) {
    throw new ForbiddenError('Not your application')
  }
  return app
}

export const attachments: QueryResolvers['attachments'] = async ({ applicationId }) => {
  await assertOwner(applicationId)
  return db.attachment.findMany({ where: { applicationId } })
}

export const uploadAttachment: MutationResolvers['uploadAttachment'] = async ({ input }) => {
  await assertOwner(input.applicationId)
  const data = Buffer.from(input.contentBase64, 'base64')
  if (data.length === 0 || data.length > config.maxUploadBytes) {
    throw new UserInputError('File is empty or too large')
  }
  const lower = input.filename.toLowerCase()
  if (!ALLOWED_EXT.some((ext) => lower.endsWith(ext))) {
    throw new UserInputError('Unsupported file type')
  }
  const storedPath = await saveAttachment(input.applicationId, input.filename, data)
  logger.info({ applicationId: input.applicationId, size: data.length }, 'attachment stored')
  return db.attachment.create({
    data: {
      applicationId: input.applicationId,
      filename: input.filename,
      storedPath,
      size: data.length,
    },
  })
}

export const deleteAttachment: MutationResolvers['deleteAttachment'] = async ({ id }) => {
  const row = await db.attachment.findUnique({ where: { id } })
  if (!row) return false
  await assertOwner(row.applicationId)
  await db.attachment.delete({ where: { id } })
  return true
}
