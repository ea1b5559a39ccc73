import express from 'express';
import { users, invites } from './db/index.js';

const app = express();
app.use(express.json());

app.post('/reset', async (req, res) => res.json(await users.findByResetToken(req.body.token)));
app.post('/lookup', async (req, res) => res.json(await users.findByEmail(req.body.email)));
app.post('/invite', async (req, res) => res.json(await invites.findByCode(`${req.body.code}`)));
