'use strict';

const express = require('express');
const { Pool } = require('pg');
const { InventoryService } = require('./services/inventory');
const hostRoutes = require('./routes/hosts');

const pool = new Pool();
const app = express();
let notes = 0;

app.use(hostRoutes({ inventory: new InventoryService(pool), audit: { note: () => { notes += 1; } } }));

app.listen(3000);
