import type { MutationResolvers } from 'types/graphql'

import { ForbiddenError, UserInputError } from '@redwoodjs/graphql-server'

import { db } from 'src/lib/db'
import { deepMerge, mergeDraft } from 'src/lib/merge'

type Plain = Record<string, unknown>

export const updatePreferences: MutationResolvers['updatePreferences'] = async ({ patch }) => {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new UserInputError('Preferences patch must be an object')
  }
  const user = await db.user.findUnique({ where: { id: context.currentUser.id } })
  const current = (user?.preferences ?? {}) as Plain
  const merged = deepMerge(current, patch as Plain)
  await db.user.update({ where: { id: context.currentUser.id }, data: { preferences: merged } })
  return merged
}

export const saveDraft: MutationResolvers['saveDraft'] = async ({ applicationId, patch }) => {
  const app = await db.application.findUnique({ where: { id: applicationId } })
  if (!app || app.applicantId !== context.currentUser.id) {
    throw new ForbiddenError('Not your application')
  }
  const current = (app.budgetLines && !Array.isArray(app.budgetLines) ? app.budgetLines : {}) as Plain
  const merged = mergeDraft({ ...current }, (patch ?? {}) as Plain)
  return merged
}
