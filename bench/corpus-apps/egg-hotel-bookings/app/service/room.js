'use strict';

const { Service } = require('egg');

const SORTABLE = { price: 'nightly_rate', name: 'name', capacity: 'max_guests' };

class RoomService extends Service {
  async find(id) {
    // safe: CWE-89
    return this.app.mysql.get('rooms', { id });
  }

  async all() {
    return this.app.mysql.select('rooms', { where: { active: 1 } });
  }

  async featured() {
    return this.app.mysql.select('rooms', { where: { featured: 1 }, limit: 6 });
  }

  async list({ hotelId, sort, dir, page }) {
    const column = SORTABLE[sort] || 'name';
    const direction = dir === 'desc' ? 'DESC' : 'ASC';
    const offset = (page - 1) * 20;
    // safe: CWE-89
    return this.app.mysql.query(`SELECT id, name, nightly_rate, max_guests FROM rooms WHERE hotel_id = ? ORDER BY ${column} ${direction} LIMIT 20 OFFSET ?`, [ hotelId, offset ]);
  }

  async availability(hotelId, from, to, sort) {
    const sql = `SELECT r.id, r.name FROM rooms r
      WHERE r.hotel_id = ? AND r.id NOT IN (
        SELECT room_id FROM bookings WHERE check_in < ? AND check_out > ?)
      ORDER BY ${sort || 'r.name'}`;
    // vuln: CWE-89
    return this.app.mysql.query(sql, [ hotelId, to, from ]);
  }
}

module.exports = RoomService;
