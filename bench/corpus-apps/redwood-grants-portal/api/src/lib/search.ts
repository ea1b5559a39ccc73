import { db, Prisma } from './db'

export type ApplicationRow = {
  id: number
  title: string
  orgName: string
  status: string
  amount: Prisma.Decimal
  submittedAt: Date | null
}

const SORTABLE: Record<string, string> = {
  submitted: '"submittedAt"',
  amount: 'amount',
  title: 'title',
  score: 'score',
}

/**
 * Full-text-ish search across a program's applications for staff.
 */
export const searchApplicationsSql = async (
  programId: number,
  term: string,
  status?: string
) => {
  const statusClause = status ? `AND status = '${status}'` : ''
  const sql = `SELECT id, title, "orgName", status, amount, "submittedAt"
    FROM "Application"
    WHERE "programId" = ${Number(programId)}
      AND (title ILIKE '%${term}%' OR "orgName" ILIKE '%${term}%') ${statusClause}
    ORDER BY "submittedAt" DESC NULLS LAST
    LIMIT 200`
  // vuln: CWE-89
  return db.$queryRawUnsafe<ApplicationRow[]>(sql)
}

/**
 * Applicant-side search over their own applications, parameterised.
 */
export const searchOwnApplicationsSql = async (
  applicantId: number,
  term: string
) => {
  // safe: CWE-89
  return db.$queryRawUnsafe<ApplicationRow[]>(
    `SELECT id, title, "orgName", status, amount, "submittedAt"
       FROM "Application"
      WHERE "applicantId" = $1 AND title ILIKE $2
      ORDER BY "createdAt" DESC`,
    applicantId,
    `%${term}%`
  )
}

/**
 * Program totals grouped by status; sort key picked from a fixed map.
 */
export const programTotalsSql = async (programId: number, sortKey: string) => {
  const column = Object.hasOwn(SORTABLE, sortKey) ? SORTABLE[sortKey] : '"submittedAt"'
  // safe: CWE-89
  return db.$queryRaw<ApplicationRow[]>`
    SELECT id, title, "orgName", status, amount, "submittedAt"
      FROM "Application"
     WHERE "programId" = ${programId}
     ORDER BY ${Prisma.raw(column)} DESC`
}

export const countByStatusSql = async (programId: number) => {
  return db.$queryRaw<{ status: string; count: bigint }[]>`
    SELECT status, COUNT(*) AS count FROM "Application"
     WHERE "programId" = ${programId}
     GROUP BY status`
}
