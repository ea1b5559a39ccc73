'use strict';

const { Server } = require('socket.io');
const registerHostHandlers = require('./handlers');

const io = new Server(3000);
io.on('connection', (socket) => registerHostHandlers(io, socket));
