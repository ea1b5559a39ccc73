'use strict';

const express = require('express');
const { DataSource } = require('typeorm');

const dataSource = new DataSource({ type: 'postgres' });
const SORTABLE = new Set(['name', 'price', 'createdAt']);
const app = express();

// TypeORM's query builder pastes its first argument into the SQL it builds: a where text, an
// ORDER BY column or a HAVING expression from the request is injection; `:name` parameters are not.
app.get('/products', async (req, res) => {
  const rows = await dataSource.getRepository('Product').createQueryBuilder('p')
    // ruleid: js/sql-injection
    .orderBy(req.query.sort)
    .getMany();
  res.json(rows);
});

app.get('/products/by-name', async (req, res) => {
  const qb = dataSource.getRepository('Product').createQueryBuilder('p');
  // ruleid: js/sql-injection
  qb.where(`p.name = '${req.query.name}'`);
  res.json(await qb.getMany());
});

app.get('/products/filtered', async (req, res) => {
  const qb = dataSource.getRepository('Product').createQueryBuilder('p').where('p.active = true');
  // ruleid: js/sql-injection
  qb.andWhere(`p.category = ${req.query.category}`)
    // ruleid: js/sql-injection
    .addOrderBy(req.query.then)
    // ruleid: js/sql-injection
    .groupBy(req.query.group)
    // ruleid: js/sql-injection
    .having(`COUNT(*) > ${req.query.min}`);
  res.json(await qb.getRawMany());
});

app.get('/products/raw', async (req, res) => {
  const repository = dataSource.getRepository('Product');
  // ruleid: js/sql-injection
  res.json(await repository.query("SELECT * FROM product WHERE name = '" + req.query.name + "'"));
});

app.get('/products/safe', async (req, res) => {
  const sort = SORTABLE.has(req.query.sort) ? req.query.sort : 'name';
  const rows = await dataSource.getRepository('Product').createQueryBuilder('p')
    // ok: js/sql-injection
    .where('p.name = :name', { name: req.query.name })
    // ok: js/sql-injection
    .andWhere({ category: req.query.category })
    // ok: js/sql-injection
    .orderBy(`p.${sort}`, req.query.dir === 'desc' ? 'DESC' : 'ASC')
    // ok: js/sql-injection
    .setParameter('min', req.query.min)
    .getMany();
  res.json(rows);
});

app.listen(3000);
