// User lookup service (Express + Mongoose)
const express = require('express');
const mongoose = require('mongoose');
const mongoSanitize = require('express-mongo-sanitize');
const rateLimit = require('express-rate-limit');

const User = mongoose.model('User', new mongoose.Schema({ username: String, password: String, email: String, age: Number }));
const router = express.Router();

// ruleid: js/missing-rate-limit
router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  // ruleid: js/nosql-injection
  const user = await User.findOne({ username: username, password: password });
  if (!user) return res.status(401).json({ error: 'Invalid login' });
  res.json({ id: user._id });
});

router.get('/users', async (req, res) => {
  // ruleid: js/nosql-injection
  const users = await User.find(req.query).limit(50);
  res.json(users);
});

router.get('/users/older-than', async (req, res) => {
  const age = req.query.age;
  // ruleid: js/nosql-injection
  const users = await User.find({ $where: `this.age > ${age}` });
  res.json(users);
});

router.get('/users/by-email', async (req, res) => {
  // ok: js/nosql-injection
  const user = await User.findOne({ email: String(req.query.email) });
  res.json(user);
});

router.post('/users/find', async (req, res) => {
  const { filter } = req.body;
  // ruleid: js/nosql-injection
  const docs = await mongoose.connection.collection('users').find(filter).toArray();
  res.json(docs);
});

const limiter = rateLimit({ windowMs: 60_000, max: 5 });

// ok: js/missing-rate-limit
router.post('/v2/login', limiter, mongoSanitize(), async (req, res) => {
  if (typeof req.body.username !== 'string' || typeof req.body.password !== 'string') {
    return res.status(400).json({ error: 'Invalid input' });
  }
  // ok: js/nosql-injection
  const user = await User.findOne({ username: req.body.username });
  res.json({ found: Boolean(user) });
});

router.delete('/users/:id', async (req, res) => {
  // ok: js/nosql-injection
  await User.deleteOne({ _id: new mongoose.Types.ObjectId(req.params.id) });
  res.sendStatus(204);
});

module.exports = router;
