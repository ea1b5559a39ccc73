'use strict';

const { restartUnit, stopUnit, unitStatus } = require('./lib/units');
const { deprecated, retried } = require('./lib/wrap');

module.exports = {
  restart: retried(restartUnit),
  stop: deprecated(stopUnit, 'stop() is deprecated; use halt()'),
  status: deprecated(unitStatus, 'status() is deprecated; use inspect()'),
};
