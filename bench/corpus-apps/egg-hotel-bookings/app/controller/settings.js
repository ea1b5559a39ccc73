'use strict';

const { Controller } = require('egg');

class SettingsController extends Controller {
  async update() {
    const { ctx, app } = this;
    const hotelId = Number(ctx.query.hotel);
    const row = await app.mysql.get('hotel_settings', { hotel_id: hotelId });
    const current = row ? JSON.parse(row.doc) : {};
    const merged = ctx.helper.deepMerge(current, ctx.request.body);
    // safe: CWE-89
    await app.mysql.query('REPLACE INTO hotel_settings (hotel_id, doc) VALUES (?, ?)', [ hotelId, JSON.stringify(merged) ]);
    ctx.body = merged;
  }
}

module.exports = SettingsController;
