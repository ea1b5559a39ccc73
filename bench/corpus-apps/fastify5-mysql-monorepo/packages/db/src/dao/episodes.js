const PAGE_SIZE = 25;

export async function findById(db, id) {
  // safe: CWE-89
  const [rows] = await db.query('SELECT * FROM episodes WHERE id = ?', [Number(id)]);
  return rows[0] ?? null;
}

/**
 * Public episode list for a show. `sort` and `dir` come from the player's query string
 * (`?sort=published_at&dir=desc`).
 */
export async function listForShow(db, showId, { sort = 'published_at', dir = 'desc', page = 0 } = {}) {
  const offset = Math.max(0, Number(page) || 0) * PAGE_SIZE;
  // vuln: CWE-89
  const [rows] = await db.query(`SELECT id, title, duration_s, published_at FROM episodes WHERE show_id = ? AND status = 'published' ORDER BY ${sort} ${dir} LIMIT ${PAGE_SIZE} OFFSET ${offset}`, [showId]);
  return rows;
}

/** Dashboard search over a creator's own episodes. */
export async function search(db, ownerId, q) {
  const sql = `SELECT e.id, e.title, e.status, s.title AS show_title
                 FROM episodes e JOIN shows s ON s.id = e.show_id
                WHERE s.owner_id = ${Number(ownerId)} AND (e.title LIKE '%${q}%' OR e.notes LIKE '%${q}%')
                ORDER BY e.updated_at DESC LIMIT 50`;
  // vuln: CWE-89
  const [rows] = await db.query(sql);
  return rows;
}

/** Same search for the admin panel, written later with placeholders. */
export async function adminSearch(db, q) {
  const like = `%${String(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // safe: CWE-89
  const [rows] = await db.query('SELECT e.id, e.title, e.status, e.show_id FROM episodes e WHERE e.title LIKE ? ORDER BY e.id DESC LIMIT 100', [like]);
  return rows;
}

export async function listRecent(db, limit = 50) {
  const [rows] = await db.query('SELECT e.id, e.title, e.status, s.title AS show_title FROM episodes e JOIN shows s ON s.id = e.show_id ORDER BY e.id DESC LIMIT ?', [Number(limit)]);
  return rows;
}

export async function create(db, showId, { title, notes, tags }) {
  const [res] = await db.execute('INSERT INTO episodes (show_id, title, notes, tags, status) VALUES (?, ?, ?, ?, ?)', [showId, title, notes ?? '', (tags ?? []).join(','), 'draft']);
  return res.insertId;
}

export async function setMedia(db, id, { file, durationS, status }) {
  await db.execute('UPDATE episodes SET media_file = ?, duration_s = ?, status = ? WHERE id = ?', [file, durationS, status, id]);
}

export async function enqueueJob(db, type, payload) {
  const [res] = await db.execute('INSERT INTO jobs (type, payload, status) VALUES (?, ?, ?)', [type, JSON.stringify(payload), 'queued']);
  return res.insertId;
}

export async function claimJob(db) {
  const conn = await db.getConnection();
  try {
    await conn.beginTransaction();
    const [rows] = await conn.query("SELECT * FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
    if (!rows[0]) {
      await conn.commit();
      return null;
    }
    await conn.query("UPDATE jobs SET status = 'running', started_at = NOW() WHERE id = ?", [rows[0].id]);
    await conn.commit();
    return { ...rows[0], payload: JSON.parse(rows[0].payload) };
  } catch (err) {
    await conn.rollback();
    throw err;
  } finally {
    conn.release();
  }
}

export async function finishJob(db, id, status, error = null) {
  await db.execute('UPDATE jobs SET status = ?, error = ?, finished_at = NOW() WHERE id = ?', [status, error, id]);
}
