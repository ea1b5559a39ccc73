import type {
  MutationResolvers,
  QueryResolvers,
  ApplicationRelationResolvers,
} from 'types/graphql'

import { ForbiddenError, UserInputError } from '@redwoodjs/graphql-server'

import LinkCheckJob from 'src/jobs/LinkCheckJob/LinkCheckJob'
import { hasRole, requireAuth } from 'src/lib/auth'
import { evaluateArithmetic, totalBudget, type BudgetLine } from 'src/lib/budget'
import { db } from 'src/lib/db'
import { later } from 'src/lib/jobs'
import { previewLink as previewLinkHelper } from 'src/lib/linkCheck'
import { logger } from 'src/lib/logger'
import {
  countByStatusSql,
  programTotalsSql,
  searchApplicationsSql,
  searchOwnApplicationsSql,
} from 'src/lib/search'
import { assertStatus, isValidOrgSlug, isValidTag } from 'src/lib/validation'

const loadOwned = async (id: number) => {
  const application = await db.application.findUnique({ where: { id } })
  if (!application) {
    throw new UserInputError('Application not found')
  }
  if (application.applicantId !== context.currentUser.id && !hasRole(['officer', 'admin', 'reviewer'])) {
    throw new ForbiddenError('Not your application')
  }
  return application
}

export const myApplications: QueryResolvers['myApplications'] = ({ orderBy }) => {
  // Prisma validates the orderBy object against the model's fields
  return db.application.findMany({
    where: { applicantId: context.currentUser.id },
    orderBy: orderBy ?? { createdAt: 'desc' },
  })
}

export const application: QueryResolvers['application'] = ({ id }) => loadOwned(id)

export const searchApplications: QueryResolvers['searchApplications'] = async ({
  programId,
  term,
  status,
}) => {
  logger.info({ programId, userId: context.currentUser.id }, 'staff application search')
  return searchApplicationsSql(programId, term.trim(), status ?? undefined)
}

export const searchMyApplications: QueryResolvers['searchMyApplications'] = ({ term }) =>
  searchOwnApplicationsSql(context.currentUser.id, term.trim())

export const programTotals: QueryResolvers['programTotals'] = ({ programId, sortKey }) =>
  programTotalsSql(programId, sortKey)

export const previewLink: QueryResolvers['previewLink'] = async ({ url }) => {
  const result = await previewLinkHelper(url)
  return { url: result.url, status: result.status, title: result.title }
}

export const granteeBySlug: QueryResolvers['granteeBySlug'] = async ({ slug }) => {
  if (!isValidOrgSlug(slug)) {
    throw new UserInputError('Unknown grantee')
  }
  return db.application.findFirst({ where: { orgSlug: slug, status: 'awarded' } })
}

export const createApplication: MutationResolvers['createApplication'] = async ({ input }) => {
  const program = await db.program.findUnique({ where: { id: input.programId } })
  if (!program || program.closesAt < new Date()) {
    throw new UserInputError('This programme is not accepting applications')
  }
  return db.application.create({
    data: {
      programId: input.programId,
      applicantId: context.currentUser.id,
      title: input.title,
      orgName: input.orgName,
      orgSlug: input.orgSlug,
      narrative: input.narrative,
      amount: input.amount,
    },
  })
}

export const updateApplication: MutationResolvers['updateApplication'] = async ({ id, input }) => {
  const existing = await loadOwned(id)
  if (existing.status !== 'draft') {
    throw new UserInputError('Submitted applications cannot be edited')
  }
  const { budgetLines, draft: _draft, ...fields } = input
  let amount = fields.amount ?? undefined
  if (Array.isArray(budgetLines)) {
    amount = totalBudget(budgetLines as BudgetLine[])
  }
  return db.application.update({
    where: { id },
    data: { ...fields, amount, budgetLines: budgetLines ?? undefined },
  })
}

export const submitApplication: MutationResolvers['submitApplication'] = async ({ id }) => {
  const existing = await loadOwned(id)
  const submitted = await db.application.update({
    where: { id: existing.id },
    data: { status: 'submitted', submittedAt: new Date() },
  })
  if (submitted.links.length > 0) {
    await later(LinkCheckJob, [{ applicationId: submitted.id, urls: submitted.links }])
  }
  return submitted
}

export const tagApplications: MutationResolvers['tagApplications'] = async ({ input }) => {
  const ids = input.ids.map((n) => Number(n)).filter(Number.isInteger)
  if (ids.length === 0) return 0
  const tag = input.tag.trim().toLowerCase()
  // vuln: CWE-89
  return db.$executeRawUnsafe(
    `UPDATE "Application" SET tags = array_append(tags, '${tag}') WHERE id IN (${ids.join(',')}) AND NOT ('${tag}' = ANY(tags))`
  )
}

export const untagApplications = async ({ ids, tag }: { ids: number[]; tag: string }) => {
  requireAuth({ roles: ['officer', 'admin'] })
  if (!isValidTag(tag)) {
    throw new UserInputError('Invalid tag')
  }
  // safe: CWE-89
  return db.$executeRawUnsafe(
    'UPDATE "Application" SET tags = array_remove(tags, $1) WHERE id = ANY($2::int[])',
    tag,
    ids
  )
}

export const setApplicationStatus: MutationResolvers['setApplicationStatus'] = async ({ id, status }) => {
  const next = assertStatus(status)
  // safe: CWE-89
  await db.$executeRaw`UPDATE "Application" SET status = ${next} WHERE id = ${id}`
  return db.application.findUnique({ where: { id } })
}

export const statusCounts = ({ programId }: { programId: number }) => countByStatusSql(programId)

export const Application: ApplicationRelationResolvers = {
  program: (_obj, { root }) => db.application.findUnique({ where: { id: root?.id } }).program(),
  attachments: (_obj, { root }) =>
    db.application.findUnique({ where: { id: root?.id } }).attachments(),
  linkChecks: (_obj, { root }) =>
    db.application.findUnique({ where: { id: root?.id } }).linkChecks(),
  budgetTotal: (_obj, { root }) => {
    const lines = (root?.budgetLines ?? []) as BudgetLine[]
    return lines.reduce(
      (sum, l) => sum + evaluateArithmetic(String(l.quantity)) * evaluateArithmetic(String(l.unitCost)),
      0
    )
  },
}
