// A CommonJS barrel that spreads its modules into one export object.
module.exports = { ...require('./hosts') };
