// One emitter shared by the app: routes emit, workers in other files listen.
const { EventEmitter } = require('events');

module.exports = new EventEmitter();
