export interface TopPageRow {
  path: string
  views: number
}

/**
 * Dashboard "top pages" widget. `range` is the dropdown value ("24 hours", "7 days", "30 days").
 */
export async function topPages(range: string, limit: number): Promise<TopPageRow[]> {
  const sql = useAnalytics()
  // vuln: CWE-89
  return sql.unsafe<TopPageRow[]>(`
    SELECT path, count(*)::int AS views
    FROM page_views
    WHERE viewed_at > now() - interval '${range}'
    GROUP BY path
    ORDER BY views DESC
    LIMIT ${limit}`)
}

export async function dailyViews(path: string, days: number) {
  const sql = useAnalytics()
  // safe: CWE-89
  return sql`
    SELECT date_trunc('day', viewed_at) AS day, count(*)::int AS views
    FROM page_views
    WHERE path = ${path} AND viewed_at > now() - make_interval(days => ${days})
    GROUP BY 1 ORDER BY 1`
}

export async function referrers(path: string) {
  const sql = useAnalytics()
  // safe: CWE-89
  return sql.unsafe(
    'SELECT referrer, count(*)::int AS hits FROM page_views WHERE path = $1 AND referrer IS NOT NULL GROUP BY referrer ORDER BY hits DESC LIMIT 20',
    [path]
  )
}
