// A RedwoodJS job: `perform` gets what `later(ExportJob, [args])` scheduled, in a worker.
import { exec } from 'node:child_process'

import { jobs } from 'src/lib/jobs'

export const ExportJob = jobs.createJob({
  queue: 'default',
  perform: async ({ title, programId }: { title: string; programId: number }, format: string) => {
    // ruleid: js/command-injection
    exec(`soffice --convert-to ${format} "/tmp/exports/${title}.csv"`)
    // ok: js/command-injection
    exec(`rm -rf /tmp/exports/${programId}`)
  },
})

export default ExportJob
