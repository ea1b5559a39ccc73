import { db } from 'src/lib/db'
import { jobs } from 'src/lib/jobs'
import { checkLink } from 'src/lib/linkCheck'

export const LinkCheckJob = jobs.createJob({
  queue: 'default',
  perform: async ({ applicationId, urls }: { applicationId: number; urls: string[] }) => {
    jobs.logger.info({ applicationId, count: urls.length }, 'LinkCheckJob performing')
    for (const url of urls.slice(0, 10)) {
      const result = await checkLink(url)
      await db.linkCheck.create({
        data: {
          applicationId,
          url: result.url,
          status: result.status,
          title: result.title,
          excerpt: result.excerpt,
        },
      })
    }
  },
})

export default LinkCheckJob
