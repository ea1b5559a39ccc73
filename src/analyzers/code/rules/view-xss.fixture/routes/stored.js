// Stored XSS: rows read from the application's database, written by a raw view tag. What users
// saved earlier (a seller's description, a profile bio) comes back as HTML for every visitor.
const express = require('express');
const sanitizeHtml = require('sanitize-html');
const mongoose = require('mongoose');
const { Pool } = require('pg');
const knex = require('knex')({ client: 'pg' });
const { sql } = require('kysely');
const { Listing, Post } = require('../models');

const pool = new Pool();
const Profile = mongoose.model('Profile', new mongoose.Schema({ bio: String, html: String }));
const router = express.Router();

module.exports = ({ listingDao, db }) => {
  // Sequelize.
  router.get('/listings/:id', async (req, res) => {
    const listing = await Listing.findByPk(Number(req.params.id));
    res.render('stored/listing', { listing, notesHtml: sanitizeHtml(listing.notes), total: await Listing.count() });
  });

  // Mongoose through a query chain; `html` is saved sanitised (below), `bio` as typed.
  router.get('/people/:name', async (req, res) => {
    const profile = await Profile.findOne({ name: String(req.params.name) }).lean();
    res.render('stored/person.pug', { profile });
  });

  router.post('/people/:name', async (req, res) => {
    await Profile.updateOne({ name: String(req.params.name) }, { bio: req.body.bio, html: sanitizeHtml(req.body.html) });
    res.redirect('/');
  });

  // pg: the rows of a SELECT.
  router.get('/products/:id/reviews', async (req, res) => {
    const { rows } = await pool.query('SELECT author, body_html FROM reviews WHERE product_id = $1', [Number(req.params.id)]);
    res.render('stored/reviews.njk', { reviews: rows });
  });

  // knex: a query builder's first row; a data-access object's finder.
  router.get('/jobs/:id', async (req, res) => {
    const job = await knex('jobs').where({ id: Number(req.params.id) }).first();
    const related = await listingDao.findRelatedForJob(job.id);
    res.render('stored/job', { job, related });
  });

  // Kysely: a raw sql`SELECT …` run on the database handle.
  router.get('/boards/:id/notes', async (req, res) => {
    const { rows } = await sql`SELECT title, body_html FROM notes WHERE board_id = ${Number(req.params.id)}`.execute(db);
    res.render('stored/notes.njk', { notes: rows });
  });

  // A whole row written raw says nothing of which column holds user text.
  router.get('/posts/:id/debug', async (req, res) => {
    const post = await Post.findOne({ where: { id: Number(req.params.id) } });
    res.render('stored/debug', { post });
  });

  return router;
};
