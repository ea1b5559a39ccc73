import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'

export type FormPayload = {
  id: string
  formId: string
  email: string
  answers: Record<string, unknown>
  status?: string
  applicationId?: number
}

/**
 * Letters of support and eligibility quizzes come from the hosted forms
 * provider; a "status" answer can move an application forward.
 */
export const recordSubmission = async (payload: FormPayload) => {
  const row = await db.formSubmission.upsert({
    where: { externalId: payload.id },
    update: {},
    create: {
      externalId: payload.id,
      formId: payload.formId,
      email: payload.email,
      payload: payload.answers as object,
    },
  })
  if (payload.applicationId && payload.status === 'eligible') {
    await db.application.update({
      where: { id: payload.applicationId },
      data: { status: 'in_review' },
    })
  }
  logger.info({ formId: payload.formId, id: row.id }, 'form submission recorded')
  return row
}

export type DonationEvent = {
  id: string
  type: string
  data: { amount: number; currency: string; email: string; programId?: number }
}

export const recordDonation = async (event: DonationEvent) => {
  if (event.type !== 'payment.succeeded') return null
  return db.donation.upsert({
    where: { externalId: event.id },
    update: {},
    create: {
      externalId: event.id,
      amount: event.data.amount / 100,
      donorEmail: event.data.email,
      programId: event.data.programId ?? null,
    },
  })
}
