import type { MutationResolvers, QueryResolvers, ReviewRelationResolvers } from 'types/graphql'

import { ForbiddenError, UserInputError } from '@redwoodjs/graphql-server'

import { db, Prisma } from 'src/lib/db'
import { escapeRegExp } from 'src/lib/validation'

type QueueRow = {
  reviewId: number
  applicationId: number
  title: string
  orgName: string
  dueAt: Date | null
}

export const reviewQueue: QueryResolvers['reviewQueue'] = async ({ input }) => {
  const orderBy = input.orderBy || '"dueAt"'
  const direction = input.direction || 'ASC'
  // vuln: CWE-89
  return db.$queryRaw<QueueRow[]>`
    SELECT r.id AS "reviewId", a.id AS "applicationId", a.title, a."orgName", r."dueAt"
      FROM "Review" r JOIN "Application" a ON a.id = r."applicationId"
     WHERE r."reviewerId" = ${context.currentUser.id}
       AND a."programId" = ${input.programId}
       AND r."completedAt" IS NULL
     ORDER BY ${Prisma.raw(`${orderBy} ${direction}`)}`
}

export const filterReviews: QueryResolvers['filterReviews'] = async ({ input }) => {
  const reviews = await db.review.findMany({
    where: { application: { programId: input.programId }, comment: { not: null } },
    orderBy: { completedAt: 'desc' },
    take: 500,
  })
  if (input.commentPattern) {
    const pattern = new RegExp(input.commentPattern, 'i')
    // vuln: CWE-400
    return reviews.filter((r) => pattern.test(r.comment ?? ''))
  }
  if (input.keyword) {
    const keyword = new RegExp(escapeRegExp(input.keyword), 'i')
    // safe: CWE-400
    return reviews.filter((r) => keyword.test(r.comment ?? ''))
  }
  return reviews
}

export const reviewsForApplication: QueryResolvers['reviewsForApplication'] = ({ applicationId }) =>
  db.review.findMany({ where: { applicationId }, orderBy: { id: 'asc' } })

export const submitReview: MutationResolvers['submitReview'] = async ({ id, input }) => {
  const review = await db.review.findUnique({ where: { id } })
  if (!review) throw new UserInputError('Review not found')
  if (review.reviewerId !== context.currentUser.id) {
    throw new ForbiddenError('Not your review')
  }
  if (!Number.isInteger(input.score) || input.score < 0 || input.score > 10) {
    throw new UserInputError('Score must be 0-10')
  }
  return db.review.update({
    where: { id },
    data: { score: input.score, comment: input.comment, completedAt: new Date() },
  })
}

export const Review: ReviewRelationResolvers = {
  application: (_obj, { root }) => db.review.findUnique({ where: { id: root?.id } }).application(),
}
