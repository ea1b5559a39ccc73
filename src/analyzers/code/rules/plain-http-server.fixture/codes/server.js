const http = require('http');
const express = require('express');
const codes = require('./routes/codes');

const app = express();
app.use(express.json());
app.use('/otp', codes);
// ruleid: js/plain-http-server
http.createServer(app).listen(8080);
