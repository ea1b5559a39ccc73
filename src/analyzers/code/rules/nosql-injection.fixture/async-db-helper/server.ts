import express from 'express';
import { byAuthor, custom, searchText } from './lib/reviews';

const app = express();
app.use(express.json());
app.get('/reviews', async (req, res) => res.json(await searchText(req.query.q as string)));
app.get('/reviews/by', async (req, res) => res.json(await byAuthor(req.query.author as string)));
app.post('/audit', async (req, res) => res.json(await custom(1, req.body.filter)));
app.listen(3000);
