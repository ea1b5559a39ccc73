const SETTINGS_COLUMNS = new Set(['title', 'author', 'language', 'category', 'explicit']);

export async function findBySlug(db, slug) {
  const [rows] = await db.execute('SELECT * FROM shows WHERE slug = ?', [slug]);
  return rows[0] ?? null;
}

export async function findById(db, id) {
  const [rows] = await db.execute('SELECT * FROM shows WHERE id = ?', [id]);
  return rows[0] ?? null;
}

export async function listForOwner(db, ownerId) {
  const [rows] = await db.execute('SELECT id, slug, title, is_private FROM shows WHERE owner_id = ? ORDER BY title', [ownerId]);
  return rows;
}

export async function listAll(db) {
  const [rows] = await db.query('SELECT s.id, s.slug, s.title, u.email AS owner_email FROM shows s JOIN users u ON u.id = s.owner_id ORDER BY s.id DESC LIMIT 200');
  return rows;
}

/** Updates one column of the show; the column name is checked against the known set first. */
export async function updateField(db, showId, column, value) {
  if (!SETTINGS_COLUMNS.has(column)) throw new Error(`Unknown field ${column}`);
  // safe: CWE-89
  await db.query('UPDATE shows SET ?? = ? WHERE id = ?', [column, value, showId]);
}

export async function saveSettings(db, showId, settings) {
  await db.execute('UPDATE shows SET settings_json = ? WHERE id = ?', [JSON.stringify(settings), showId]);
}

export async function setPrivateFeed(db, showId, token, passwordHash) {
  await db.execute('UPDATE shows SET is_private = 1, feed_token = ?, feed_password_hash = ? WHERE id = ?', [token, passwordHash, showId]);
}

export async function findByFeedToken(db, token) {
  const [rows] = await db.execute('SELECT * FROM shows WHERE feed_token = ?', [String(token)]);
  return rows[0] ?? null;
}
