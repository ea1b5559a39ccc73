import { db, type PostRow, type ThreadSummary } from './db';

const PAGE_SIZE = 25;

const SUMMARY_COLUMNS = `t.id, t.title, t.category, u.username, t.reply_count, t.created_at`;

export function listThreads(category: string | null, page: number): ThreadSummary[] {
  const offset = (Math.max(1, page) - 1) * PAGE_SIZE;
  if (category) {
    return db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM threads t JOIN users u ON u.id = t.author_id
         WHERE t.category = ? ORDER BY t.last_post_at DESC LIMIT ? OFFSET ?`
      )
      .all(category, PAGE_SIZE, offset) as ThreadSummary[];
  }
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM threads t JOIN users u ON u.id = t.author_id
       ORDER BY t.last_post_at DESC LIMIT ? OFFSET ?`
    )
    .all(PAGE_SIZE, offset) as ThreadSummary[];
}

export function getThread(id: number): ThreadSummary | undefined {
  return db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM threads t JOIN users u ON u.id = t.author_id WHERE t.id = ?`)
    .get(id) as ThreadSummary | undefined;
}

export function getPosts(threadId: number): PostRow[] {
  return db
    .prepare(
      `SELECT p.id, p.thread_id, p.author_id, u.username, p.body, u.signature, p.created_at
       FROM posts p JOIN users u ON u.id = p.author_id WHERE p.thread_id = ? ORDER BY p.id`
    )
    .all(threadId) as PostRow[];
}

export function addPost(threadId: number, authorId: number, body: string): number {
  const tx = db.transaction(() => {
    const info = db.prepare('INSERT INTO posts (thread_id, author_id, body) VALUES (?, ?, ?)').run(threadId, authorId, body);
    db.prepare("UPDATE threads SET reply_count = reply_count + 1, last_post_at = datetime('now') WHERE id = ?").run(threadId);
    return Number(info.lastInsertRowid);
  });
  return tx();
}

/** Title search for the /search page; category is the optional dropdown. */
export function searchThreads(term: string, category?: string): ThreadSummary[] {
  let sql = `SELECT ${SUMMARY_COLUMNS} FROM threads t JOIN users u ON u.id = t.author_id
    WHERE t.title LIKE '%${term}%'`;
  if (category) {
    sql += ` AND t.category = '${category}'`;
  }
  // vuln: CWE-89
  return db.prepare(`${sql} ORDER BY t.created_at DESC LIMIT 50`).all() as ThreadSummary[];
}

const ORDERINGS = {
  new: 't.created_at DESC',
  top: 't.score DESC',
  active: 't.last_post_at DESC'
} as const;

export function threadsByTag(tag: string, order: string): ThreadSummary[] {
  const orderBy = Object.hasOwn(ORDERINGS, order) ? ORDERINGS[order as keyof typeof ORDERINGS] : ORDERINGS.new;
  // safe: CWE-89
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM threads t JOIN users u ON u.id = t.author_id
       JOIN thread_tags tg ON tg.thread_id = t.id WHERE tg.name = ? ORDER BY ${orderBy} LIMIT 30`
    )
    .all(tag) as ThreadSummary[];
}

/** Used by the live "new replies" badge: `?ids=12,15,19`. */
export function threadsByIds(ids: string) {
  // vuln: CWE-89
  return db.prepare(`SELECT id, title, reply_count, last_post_at FROM threads WHERE id IN (${ids})`).all();
}

export function unreadCounts(userId: number, threadIds: number[]) {
  if (threadIds.length === 0) return [];
  const placeholders = threadIds.map(() => '?').join(', ');
  // safe: CWE-89
  return db
    .prepare(
      `SELECT t.id, t.reply_count - COALESCE(r.seen, 0) AS unread FROM threads t
       LEFT JOIN reads r ON r.thread_id = t.id AND r.user_id = ? WHERE t.id IN (${placeholders})`
    )
    .all(userId, ...threadIds);
}
