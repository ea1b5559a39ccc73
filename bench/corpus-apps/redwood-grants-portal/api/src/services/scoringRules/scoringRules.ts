import type { MutationResolvers, QueryResolvers } from 'types/graphql'

import { UserInputError } from '@redwoodjs/graphql-server'

import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'
import {
  compileRuleExpression,
  compileWeightedRubric,
  defaultScore,
  type ScoreInput,
} from 'src/lib/scoring'

const loadInputs = async (programId: number): Promise<(ScoreInput & { id: number })[]> => {
  const applications = await db.application.findMany({
    where: { programId, status: { in: ['submitted', 'in_review', 'shortlisted'] } },
    include: { reviews: { select: { score: true } } },
    take: 200,
  })
  return applications.map((a) => ({
    id: a.id,
    amount: Number(a.amount),
    budgetTotal: Number(a.amount),
    orgAgeYears: 0,
    reviewScores: a.reviews.map((r) => r.score ?? 0),
  }))
}

export const scoringRules: QueryResolvers['scoringRules'] = ({ programId }) =>
  db.scoringRule.findMany({ where: { programId } })

export const previewScoringRule: QueryResolvers['previewScoringRule'] = async ({ input }) => {
  const rows = await loadInputs(input.programId)
  let scorer = defaultScore
  if (input.expression) {
    scorer = compileRuleExpression(input.expression)
  } else if (input.weights?.length) {
    scorer = compileWeightedRubric(input.weights)
  }
  logger.debug({ programId: input.programId, rows: rows.length }, 'previewing scoring rule')
  return rows.map((row) => ({ applicationId: row.id, score: Number(scorer(row)) || 0 }))
}

export const createScoringRule: MutationResolvers['createScoringRule'] = async ({ input }) => {
  if (input.expression.length > 500) {
    throw new UserInputError('Rule too long')
  }
  return db.scoringRule.create({
    data: {
      programId: input.programId,
      name: input.name,
      expression: input.expression,
      weights: input.weights ?? [],
    },
  })
}
