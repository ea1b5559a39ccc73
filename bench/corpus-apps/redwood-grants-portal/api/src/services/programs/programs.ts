import type { MutationResolvers, QueryResolvers } from 'types/graphql'

import { UserInputError } from '@redwoodjs/graphql-server'

import NotifyApplicantsJob from 'src/jobs/NotifyApplicantsJob/NotifyApplicantsJob'
import { db } from 'src/lib/db'
import { later } from 'src/lib/jobs'
import { cleanProgramHtml } from 'src/lib/richText'
import { saveProgramLogo } from 'src/lib/storage'
import { assertStatus } from 'src/lib/validation'
import { parseRubricYaml, type ProgramImport } from 'src/lib/yamlImport'

export const programs: QueryResolvers['programs'] = () =>
  db.program.findMany({ orderBy: { closesAt: 'asc' } })

export const program: QueryResolvers['program'] = ({ slug }) =>
  db.program.findUnique({ where: { slug } })

export const updateProgram: MutationResolvers['updateProgram'] = async ({ id, input }) => {
  const { rubricYaml, descriptionHtml, ...rest } = input
  if (rubricYaml) {
    const criteria = parseRubricYaml(rubricYaml)
    await db.scoringRule.upsert({
      where: { id: -id },
      update: {},
      create: {
        programId: id,
        name: 'Rubric',
        expression: '',
        weights: criteria.map((c) => Number(c.weight) || 0),
      },
    })
  }
  return db.program.update({
    where: { id },
    data: {
      ...rest,
      descriptionHtml: descriptionHtml ? cleanProgramHtml(descriptionHtml) : undefined,
    },
  })
}

export const notifyApplicants: MutationResolvers['notifyApplicants'] = async ({ input }) => {
  const status = assertStatus(input.status)
  if (input.subject.length > 200) {
    throw new UserInputError('Subject too long')
  }
  await later(NotifyApplicantsJob, [
    {
      programId: input.programId,
      status,
      subject: input.subject,
      letterTemplate: input.letterTemplate,
      sentBy: context.currentUser.id,
    },
  ])
  return true
}

export const uploadProgramLogo: MutationResolvers['uploadProgramLogo'] = async ({ input }) => {
  const data = Buffer.from(input.contentBase64, 'base64')
  return saveProgramLogo(input.programId, input.mimeType, data)
}

/**
 * Called from the import function (api/src/functions/importPrograms.ts).
 */
export const importPrograms = async (items: ProgramImport[]) => {
  let count = 0
  for (const item of items) {
    await db.program.upsert({
      where: { slug: String(item.slug) },
      update: {
        title: String(item.title),
        descriptionHtml: cleanProgramHtml(String(item.descriptionHtml ?? '')),
      },
      create: {
        slug: String(item.slug),
        title: String(item.title),
        descriptionHtml: cleanProgramHtml(String(item.descriptionHtml ?? '')),
        opensAt: new Date(item.opensAt),
        closesAt: new Date(item.closesAt),
      },
    })
    count++
  }
  return count
}
