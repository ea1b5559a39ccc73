import pg from 'pg';
import config from '../config.js';
import { bookingsRepository } from '../repositories/bookings.js';
import { sendTemplate } from '../services/mailer.js';

// Run hourly from a systemd timer.
const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });

async function main() {
  const bookings = bookingsRepository(pool);
  const due = await bookings.upcoming(Number(process.env.REMINDER_HOURS ?? 48));
  for (const b of due) {
    await sendTemplate(b.email, 'booking-reminder', {
      subject: `Reminder: ${b.venue_name} on ${new Date(b.starts_at).toDateString()}`,
      booking: b,
      user: { display_name: b.display_name },
      venue: { name: b.venue_name },
    });
    await bookings.markReminded(b.reference);
  }
  console.log(`sent ${due.length} reminders`);
}

try {
  await main();
} finally {
  await pool.end();
}
