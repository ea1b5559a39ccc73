import { db } from 'src/lib/db'
import { convertToWorkbook, writeCsv, writeSummaryPdf, zipFiles } from 'src/lib/exporters'
import { jobs } from 'src/lib/jobs'

type ExportArgs = {
  programId: number
  kind: 'applications-csv' | 'board-packet' | 'reviews-csv'
  packetTitle: string
  requestedBy: number
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-')

export const ExportJob = jobs.createJob({
  queue: 'exports',
  perform: async ({ programId, kind, packetTitle, requestedBy }: ExportArgs) => {
    jobs.logger.info({ programId, kind }, 'ExportJob performing')
    const applications = await db.application.findMany({
      where: { programId },
      orderBy: { submittedAt: 'asc' },
    })
    const csvName = `program-${programId}-${stamp()}.csv`
    const csv = await writeCsv(
      csvName,
      ['id', 'title', 'organisation', 'amount', 'status', 'score'],
      applications.map((a) => [a.id, a.title, a.orgName, a.amount.toString(), a.status, a.score])
    )

    let fileName = csvName
    if (kind === 'board-packet') {
      const workbook = await convertToWorkbook(csv, packetTitle)
      const summary = await writeSummaryPdf(
        `program-${programId}-${stamp()}.pdf`,
        `Board packet: programme ${programId}`,
        applications.map((a) => `${a.title} — ${a.orgName} — ${a.amount.toString()}`)
      )
      const zip = await zipFiles(`packet-${programId}-${stamp()}`, [workbook, summary])
      fileName = zip.split('/').pop() as string
    }

    await db.exportFile.create({ data: { requestedBy, kind, fileName } })
  },
})

export default ExportJob
