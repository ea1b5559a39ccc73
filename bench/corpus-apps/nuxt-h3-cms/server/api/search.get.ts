import escapeStringRegexp from 'escape-string-regexp'
import { searchPublished } from '~/server/repositories/pages'

/**
 * Site search. Plain mode uses Postgres full-text search; "title pattern" mode (power users,
 * ?mode=pattern) filters the cached title index with a regular expression.
 */
export default defineEventHandler(async (event) => {
  const { q, mode } = getQuery(event)
  const term = typeof q === 'string' ? q.trim() : ''
  if (term.length < 2) {
    return { results: [] }
  }

  if (mode === 'pattern') {
    const titles = (await useStorage('cache').getItem<{ slug: string; title: string }[]>('title-index')) ?? []
    // vuln: CWE-400
    const results = titles.filter((entry) => new RegExp(term, 'i').test(entry.title))
    return { results: results.slice(0, 50) }
  }

  const rows = await searchPublished(term)
  const needle = new RegExp(escapeStringRegexp(term), 'i')
  // safe: CWE-400
  const ranked = rows.sort((a, b) => Number(needle.test(b.title)) - Number(needle.test(a.title)))
  return { results: ranked.slice(0, 50) }
})
