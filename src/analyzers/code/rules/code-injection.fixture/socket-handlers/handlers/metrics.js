'use strict';

// Socket handlers get their services through a destructured parameter, from the server's file.
module.exports = function registerMetricHandlers(socket, { metrics }) {
  socket.on('metrics:derive', (formula, ack) => {
    ack(metrics.derive(formula));
  });

  socket.on('metrics:aggregate', (name, ack) => {
    ack(metrics.aggregate(name));
  });

  socket.on('metrics:default', (ack) => {
    ack(metrics.derive('s.value * 2'));
  });
};
