'use strict';

const { Controller } = require('egg');
const path = require('path');

class BookingController extends Controller {
  async mine() {
    const { ctx, service } = this;
    ctx.body = await service.booking.forGuest(ctx.state.guest.id);
  }

  async lookup() {
    const { ctx, service } = this;
    ctx.body = await service.booking.byEmail(ctx.query.email);
  }

  async create() {
    const { ctx, service } = this;
    ctx.validate({
      roomId: 'int',
      checkIn: 'date',
      checkOut: 'date',
    });
    const free = await service.room.availability(ctx.request.body.hotelId, ctx.request.body.checkIn, ctx.request.body.checkOut, ctx.query.sort);
    if (!free.some(r => r.id === ctx.request.body.roomId)) ctx.throw(409, 'room not available');
    ctx.body = await service.booking.create(ctx.state.guest.id, ctx.request.body);
    ctx.status = 201;
  }

  async invoice() {
    const { ctx, service } = this;
    const booking = await service.booking.get(Number(ctx.params.id), ctx.state.guest.id);
    if (!booking) ctx.throw(404);
    const file = await service.report.invoicePdf(booking, ctx.query.lang);
    ctx.attachment(path.basename(file));
    ctx.body = require('fs').createReadStream(file);
  }
}

module.exports = BookingController;
