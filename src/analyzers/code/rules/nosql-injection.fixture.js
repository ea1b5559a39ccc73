import express from 'express';
import mongoose from 'mongoose';
import { z } from 'zod';

const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  // ruleid: js/nosql-injection
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ ok: true });
});

app.get('/users', async (req, res) => {
  // ruleid: js/nosql-injection
  const users = await User.find(req.query);
  res.json(users);
});

app.post('/login-safe', async (req, res) => {
  const email = String(req.body.email);
  // ok: js/nosql-injection
  const user = await User.findOne({ email });
  res.json({ found: !!user });
});

app.get('/users/:id', async (req, res) => {
  // ok: js/nosql-injection
  const user = await User.findOne({ _id: req.params.id });
  // ok: js/nosql-injection
  const byId = await User.findById(req.query.id);
  res.json({ user, byId });
});

app.post('/reset', async (req, res) => {
  const { token } = req.body;
  // ruleid: js/nosql-injection
  const record = await db.collection('resets').findOne({ token });
  res.json({ valid: !!record });
});

app.post('/typed', async (req, res) => {
  const { email } = req.body;
  if (typeof email !== 'string') return res.status(400).end();
  // ok: js/nosql-injection
  const user = await User.findOne({ email });
  res.json({ found: !!user });
});

app.post('/search', async (req, res) => {
  // ok: js/nosql-injection
  const users = await User.find({ name: `${req.body.name}` });
  res.json(users);
});

app.post('/update', async (req, res) => {
  // ruleid: js/nosql-injection
  await User.updateOne({ username: req.body.username }, { $set: { bio: 'x' } });
  res.end();
});

app.get('/older', async (req, res) => {
  // ruleid: js/nosql-injection
  const users = await User.find({ $where: `this.age > ${req.query.age}` });
  // ok: js/nosql-injection
  const fixed = await User.find({ $where: 'this.age > 18' });
  res.json({ users, fixed });
});

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(8) });
app.post('/login-zod', async (req, res) => {
  const { email, password } = LoginBody.parse(req.body);
  // ok: js/nosql-injection
  const user = await User.findOne({ email, password });
  res.json({ found: !!user });
});

app.post('/deactivate', async (req, res) => {
  // An id like {"$ne": null} selects every user, and multi: true updates them all.
  // ruleid: js/nosql-injection
  await User.update({ _id: req.body.id }, { $set: { active: false } }, { multi: true });
  // ok: js/nosql-injection
  await User.update({ _id: String(req.body.id) }, { $set: { active: false } });
  res.end();
});

app.post('/reports/custom', async (req, res) => {
  const Order = mongoose.model('Order');
  // ruleid: js/nosql-injection
  const totals = await Order.mapReduce(String(req.body.map), 'function (key, values) { return Array.sum(values); }');
  const score = String(req.body.scoreFn);
  // ruleid: js/nosql-injection
  const ranked = await Order.aggregate([{ $addFields: { score: { $function: { body: score, args: ['$total'], lang: 'js' } } } }]);
  // ok: js/nosql-injection
  const fixed = await Order.aggregate([{ $match: { status: String(req.body.status) } }, { $group: { _id: '$customer', total: { $sum: '$total' } } }]);
  res.json({ totals, ranked, fixed });
});

// `$eq` compares its operand as a value: an object sent there (`{ "$ne": null }`) matches nothing.
app.post('/invites/accept', async (req, res) => {
  // ok: js/nosql-injection
  const invite = await User.findOne({ inviteCode: { $eq: req.body.code }, active: true });
  // ruleid: js/nosql-injection
  const legacy = await User.findOne({ inviteCode: { $in: req.body.codes }, active: { $ne: req.body.active } });
  res.json({ invite, legacy });
});
