'use strict';

const { Service } = require('egg');
const crypto = require('crypto');

class BookingService extends Service {
  async forGuest(guestId) {
    // safe: CWE-89
    return this.app.mysql.query('SELECT * FROM bookings WHERE guest_id = ? ORDER BY check_in DESC', [ guestId ]);
  }

  async get(id, guestId) {
    return this.app.mysql.get('bookings', { id, guest_id: guestId });
  }

  async byEmail(email) {
    // vuln: CWE-89
    return this.app.mysql.query(`SELECT b.*, g.name FROM bookings b JOIN guests g ON g.id = b.guest_id WHERE g.email = '${email}'`);
  }

  async create(guestId, input) {
    const reference = crypto.randomBytes(6).toString('hex').toUpperCase();
    const result = await this.app.mysql.insert('bookings', {
      guest_id: guestId,
      room_id: input.roomId,
      check_in: input.checkIn,
      check_out: input.checkOut,
      reference,
    });
    await this.service.notify.channelManager({ roomId: input.roomId, from: input.checkIn, to: input.checkOut });
    return { id: result.insertId, reference };
  }
}

module.exports = BookingService;
