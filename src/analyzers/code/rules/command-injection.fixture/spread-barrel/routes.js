const express = require('express');
const { ping, uptime } = require('./services');

const router = express.Router();
router.get('/ping', (req, res) => ping(req.query.host, (err, out) => res.type('text').send(out)));
router.get('/uptime', (req, res) => uptime((err, out) => res.type('text').send(out)));
module.exports = router;
