import sanitizeHtml from 'sanitize-html';

const SORTS = {
  name: 'v.name ASC',
  capacity: 'v.capacity DESC',
  price: 'v.hourly_rate_cents ASC',
};

export function venuesRepository(pg) {
  return {
    async search({ city, minCapacity, sort }) {
      const orderBy = SORTS[sort] ?? SORTS.name;
      let sql = `SELECT v.id, v.name, v.city, v.capacity, v.hourly_rate_cents, v.amenities
                 FROM venues v WHERE v.published = true`;
      if (city) sql += ` AND lower(v.city) = lower('${city}')`;
      if (minCapacity) sql += ` AND v.capacity >= ${Number.parseInt(minCapacity, 10) || 0}`;
      sql += ` ORDER BY ${orderBy} LIMIT 60`;
      // vuln: CWE-89
      const { rows } = await pg.query(sql);
      return rows;
    },

    async byId(id) {
      // safe: CWE-89
      const { rows } = await pg.query('SELECT * FROM venues WHERE id = $1 AND published = true', [id]);
      return rows[0] ?? null;
    },

    async nearby(lat, lng, radiusKm) {
      // safe: CWE-89
      const { rows } = await pg.query(
        `SELECT id, name, city FROM venues
         WHERE published = true AND earth_box(ll_to_earth($1, $2), $3 * 1000) @> ll_to_earth(lat, lng)
         LIMIT 30`,
        [Number(lat), Number(lng), Math.min(Number(radiusKm) || 5, 50)],
      );
      return rows;
    },

    async updateDescription(id, html) {
      const clean = sanitizeHtml(html, { allowedTags: ['p', 'b', 'i', 'em', 'strong', 'ul', 'ol', 'li', 'br'], allowedAttributes: {} });
      // safe: CWE-89
      await pg.query('UPDATE venues SET description_html = $2, updated_at = now() WHERE id = $1', [id, clean]);
    },

    async settings(id) {
      const { rows } = await pg.query('SELECT settings FROM venues WHERE id = $1', [id]);
      return rows[0]?.settings ?? {};
    },

    async saveSettings(id, settings) {
      await pg.query('UPDATE venues SET settings = $2::jsonb WHERE id = $1', [id, JSON.stringify(settings)]);
    },

    async setCalendarUrl(id, url) {
      await pg.query('UPDATE venues SET calendar_url = $2 WHERE id = $1', [id, url]);
    },
  };
}
