const functions = require('@google-cloud/functions-framework');
const { execSync } = require('child_process');

// Functions Framework: an HTTP function gets an Express request, whatever its parameters are called.
functions.http('ping', (q, s) => {
  // ruleid: js/command-injection
  s.send(execSync(`ping -c 1 ${q.query.host}`).toString());
});

functions.http('uptime', (q, s) => {
  // ok: js/command-injection
  s.send(execSync('uptime').toString());
});
