import express from 'express';
import { setCounted, setIn, setInChecked } from '../lib/object-path';

const app = express();
app.post('/prefs', (req, res) => {
  const prefs = { theme: { mode: 'light' } };
  setIn(prefs, req.body.path, req.body.value);
  setInChecked(prefs, req.body.path, req.body.value);
  setCounted(prefs, req.body.path, req.body.value);
  res.json(prefs);
});
