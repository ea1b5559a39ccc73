import { db } from 'src/lib/db'
import { jobs } from 'src/lib/jobs'
import { renderDecisionLetter, sendMail } from 'src/lib/mailer'

type NotifyArgs = {
  programId: number
  status: string
  subject: string
  letterTemplate: string
  sentBy: number
}

export const NotifyApplicantsJob = jobs.createJob({
  queue: 'email',
  perform: async ({ programId, status, subject, letterTemplate }: NotifyArgs) => {
    const applications = await db.application.findMany({
      where: { programId, status },
      include: { applicant: { select: { email: true, name: true } }, program: true },
    })
    jobs.logger.info({ programId, status, count: applications.length }, 'sending decision letters')
    for (const app of applications) {
      const body = renderDecisionLetter(letterTemplate, {
        name: app.applicant.name ?? app.orgName,
        title: app.title,
        programme: app.program.title,
        amount: app.amount.toString(),
      })
      await sendMail(app.applicant.email, subject, body)
    }
  },
})

export default NotifyApplicantsJob
