import type { MutationResolvers } from 'types/graphql'

import CleanupJob from 'src/jobs/CleanupJob/CleanupJob'
import ExportJob from 'src/jobs/ExportJob/ExportJob'
import { later } from 'src/lib/jobs'

export const requestExport: MutationResolvers['requestExport'] = async ({ input }) => {
  await later(ExportJob, [{ title: input.title, programId: 7 }, input.format])
  await later(CleanupJob, ['stale'], { wait: 3600 })
  return true
}
