'use strict';

const hosts = require('../services/hosts');

module.exports = function registerJobHandlers(io, socket, { jobs }) {
  socket.on('host:ping', async (host, ack) => {
    try {
      ack({ ok: true, output: await hosts.ping(host) });
    } catch (err) {
      ack({ ok: false });
    }
  });

  socket.on('host:traceroute', async (host, ack) => {
    try {
      ack({ ok: true, output: await hosts.traceroute(host) });
    } catch (err) {
      ack({ ok: false });
    }
  });

  socket.on('jobs:filter', (expression, ack) => {
    ack(jobs.filter(expression));
  });

  socket.on('jobs:filter-by', ({ field, value }, ack) => {
    ack(jobs.filterBy(String(field), value));
  });

  socket.on('room:join', (room) => socket.join(`room:${String(room)}`));
};
