const express = require('express');
const bus = require('./bus');

const router = express.Router();

router.post('/images', (req, res) => {
  bus.emit('thumbnail', req.body.file);
  bus.emit('archive', req.body.file);
  res.sendStatus(202);
});

// The cleanup job only ever gets a constant.
router.post('/cleanup', (req, res) => {
  bus.emit('cleanup', '/tmp/uploads');
  res.sendStatus(202);
});

module.exports = router;
