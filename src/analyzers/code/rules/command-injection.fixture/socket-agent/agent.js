'use strict';

// A build agent: a socket.io *client* of the operator's own server, not a server taking requests.
const { io } = require('socket.io-client');
const { exec } = require('child_process');

function attach(socket) {
  socket.on('build', (job) => {
    // ok: js/command-injection
    exec(`npm run ${job.script}`, { cwd: '/srv/build' });
  });
}

attach(io(process.env.CONTROLLER_URL));
