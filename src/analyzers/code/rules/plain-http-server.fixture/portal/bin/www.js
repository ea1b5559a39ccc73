const http = require('http');
const app = require('../app');

// ruleid: js/plain-http-server
const server = http.createServer(app);
server.listen(process.env.PORT || 80);
