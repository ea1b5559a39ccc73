'use strict';

const express = require('express');
const knex = require('knex');
const { Pool } = require('pg');
const { createCatalog } = require('./services/catalog');
const catalogRoutes = require('./routes/catalog');

const db = knex({ client: 'pg' });
const pool = new Pool();
const catalog = createCatalog({ db, pool });
const app = express();

app.use(catalogRoutes({ catalog }));
app.get('/search', async (req, res) => res.json(await catalog.byAuthor(req.query.author)));

app.listen(3000);
