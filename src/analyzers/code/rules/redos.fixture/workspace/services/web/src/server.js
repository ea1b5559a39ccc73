import express from 'express';
import { defaultKeywordsOk, keywordsOk } from '@demo/text/lists';

const app = express();
const DEFAULTS = 'news sport weather';

app.get('/search', (req, res) => {
  res.json({ valid: keywordsOk(String(req.query.keywords ?? '')), defaults: defaultKeywordsOk(DEFAULTS) });
});

app.listen(3000);
