const handlers = new Map();
exports.onCall = (name, fn) => handlers.set(name, fn);
exports.run = (name) => handlers.get(name)({ data: { formula: 'n * 2' } });
