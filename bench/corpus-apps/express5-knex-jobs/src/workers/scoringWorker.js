import { Worker } from 'bullmq'
import vm from 'node:vm'
import { knex } from '../db/knex.js'
import { connection } from '../queues/index.js'

const DEFAULT_WEIGHTS = { years: 2, skills: 3, referral: 5 }

function weightedScore(candidate, weights) {
  const w = { ...DEFAULT_WEIGHTS }
  for (const key of Object.keys(DEFAULT_WEIGHTS)) {
    if (typeof weights?.[key] === 'number' && Number.isFinite(weights[key])) w[key] = weights[key]
  }
  return (
    w.years * Number(candidate.years ?? 0) +
    w.skills * (candidate.skills?.length ?? 0) +
    (candidate.referral ? w.referral : 0)
  )
}

async function scoreJob(job) {
  const { jobId, rule, weights } = job.data
  const candidates = await knex('applications')
    .where({ job_id: jobId })
    .select('id', 'years_experience as years', 'skills', 'referral')

  for (const candidate of candidates) {
    let score
    if (rule) {
      const sandbox = { years: candidate.years, skills: candidate.skills ?? [], referral: !!candidate.referral }
      // vuln: CWE-94
      score = Number(vm.runInNewContext(rule, sandbox, { timeout: 50 }))
    } else {
      score = weightedScore(candidate, weights)
    }
    await knex('applications').where({ id: candidate.id }).update({ score: Number.isFinite(score) ? score : 0 })
  }
  return { scored: candidates.length }
}

export function startScoringWorker() {
  return new Worker('scoring', scoreJob, { connection, concurrency: 1 })
}
