// Data-access functions of a workspace package, taking the mysql2 pool first.
export async function listRecent(db, limit = 50) {
  const [rows] = await db.query('SELECT e.id, e.title, e.play_count FROM episodes e ORDER BY e.id DESC LIMIT ?', [Number(limit)]);
  return rows;
}
