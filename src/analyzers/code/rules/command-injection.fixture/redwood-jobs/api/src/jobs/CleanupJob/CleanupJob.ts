import { exec } from 'node:child_process'

import { jobs } from 'src/lib/jobs'

export const CleanupJob = jobs.createJob({
  queue: 'default',
  perform: async (folder: string) => {
    // ok: js/command-injection
    exec(`rm -rf /tmp/exports/${folder}`)
  },
})

export default CleanupJob
