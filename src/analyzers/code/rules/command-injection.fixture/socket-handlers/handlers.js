'use strict';

const { exec, execFile } = require('child_process');

// Registered from server.js for each connection: `socket` is a connected client.
module.exports = function registerHostHandlers(io, socket) {
  socket.on('host:ping', (host, ack) => {
    // ruleid: js/command-injection
    exec(`ping -c 1 ${host}`, (err, stdout) => ack(stdout));
  });

  socket.on('host:trace', (host, ack) => {
    // ok: js/command-injection
    execFile('traceroute', ['--', String(host)], (err, stdout) => ack(stdout));
  });
};
