const STATUS_VALUES = ['requested', 'confirmed', 'cancelled', 'completed'];

export function bookingsRepository(pg) {
  return {
    async create({ venueId, userId, startsAt, endsAt, priceCents, reference }) {
      // safe: CWE-89
      const { rows } = await pg.query(
        `INSERT INTO bookings (venue_id, user_id, starts_at, ends_at, price_cents, reference, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'requested') RETURNING id, reference`,
        [venueId, userId, startsAt, endsAt, priceCents, reference],
      );
      return rows[0];
    },

    async listForUser(userId, statuses) {
      let sql = `SELECT b.id, b.reference, b.starts_at, b.status, v.name AS venue_name
                 FROM bookings b JOIN venues v ON v.id = b.venue_id WHERE b.user_id = $1`;
      if (statuses.length) {
        sql += ` AND b.status IN (${statuses.map((s) => `'${s}'`).join(', ')})`;
      }
      // vuln: CWE-89
      const { rows } = await pg.query(sql + ' ORDER BY b.starts_at DESC', [userId]);
      return rows;
    },

    async listForVenue(venueId, statuses) {
      const wanted = statuses.filter((s) => STATUS_VALUES.includes(s));
      // safe: CWE-89
      const { rows } = await pg.query(
        'SELECT id, reference, starts_at, ends_at, status FROM bookings WHERE venue_id = $1 AND status = ANY($2::text[]) ORDER BY starts_at',
        [venueId, wanted.length ? wanted : STATUS_VALUES],
      );
      return rows;
    },

    async byReference(reference, userId) {
      // safe: CWE-89
      const { rows } = await pg.query(
        'SELECT b.*, v.name AS venue_name, v.city FROM bookings b JOIN venues v ON v.id = b.venue_id WHERE b.reference = $1 AND b.user_id = $2',
        [reference, userId],
      );
      return rows[0] ?? null;
    },

    async upcoming(hoursAhead) {
      // safe: CWE-89
      const { rows } = await pg.query(
        `SELECT b.reference, b.starts_at, u.email, u.display_name, v.name AS venue_name
         FROM bookings b JOIN users u ON u.id = b.user_id JOIN venues v ON v.id = b.venue_id
         WHERE b.status = 'confirmed' AND b.reminder_sent = false
           AND b.starts_at BETWEEN now() AND now() + make_interval(hours => $1)`,
        [hoursAhead],
      );
      return rows;
    },

    async markReminded(reference) {
      await pg.query('UPDATE bookings SET reminder_sent = true WHERE reference = $1', [reference]);
    },
  };
}

export { STATUS_VALUES };
