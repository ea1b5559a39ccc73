import type { MutationResolvers, QueryResolvers } from 'types/graphql'

import { UserInputError } from '@redwoodjs/graphql-server'

import ExportJob from 'src/jobs/ExportJob/ExportJob'
import { db } from 'src/lib/db'
import { later } from 'src/lib/jobs'

const KINDS = ['applications-csv', 'board-packet', 'reviews-csv'] as const

export const myExports: QueryResolvers['myExports'] = () =>
  db.exportFile.findMany({
    where: { requestedBy: context.currentUser.id },
    orderBy: { createdAt: 'desc' },
    take: 50,
  })

export const requestExport: MutationResolvers['requestExport'] = async ({ input }) => {
  if (!(KINDS as readonly string[]).includes(input.kind)) {
    throw new UserInputError('Unknown export kind')
  }
  const program = await db.program.findUnique({ where: { id: input.programId } })
  if (!program) throw new UserInputError('Unknown programme')

  await later(
    ExportJob,
    [
      {
        programId: program.id,
        kind: input.kind,
        packetTitle: input.packetTitle.trim() || program.slug,
        requestedBy: context.currentUser.id,
      },
    ],
    { wait: 5 }
  )
  return true
}
