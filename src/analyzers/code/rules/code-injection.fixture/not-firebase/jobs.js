const { onCall } = require('./rpc');

// A home-grown `onCall` is not a Firebase callable: `request.data` is whatever the app passed.
onCall('fee', (request) => {
  // ok: js/code-injection
  return new Function('n', `return (${request.data.formula});`)(2);
});
