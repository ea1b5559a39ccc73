import express from 'express';
import { files } from './storage/index.js';

const app = express();

app.get('/files', async (req, res) => {
  res.send(await files.read(req.query.name));
});

app.get('/files/base', async (req, res) => {
  res.send(await files.readBase(req.query.name));
});

app.listen(3000);
