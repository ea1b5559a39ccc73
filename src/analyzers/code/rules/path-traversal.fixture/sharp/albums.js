const express = require('express');
const path = require('node:path');
const sharp = require('sharp');
const { randomUUID } = require('node:crypto');

const app = express();
const ALBUMS = '/srv/media/albums';

// sharp(…).toFile(path) writes the image wherever the path says.
app.post('/albums/:album/photos', express.raw({ type: 'image/*' }), async (req, res) => {
  const name = `${randomUUID()}.jpg`;
  // ruleid: js/path-traversal
  await sharp(req.body).rotate().resize(2048, 2048, { fit: 'inside' }).jpeg({ quality: 85 }).toFile(path.join(ALBUMS, req.params.album, name));
  // ok: js/path-traversal
  await sharp(req.body).resize(256).webp().toFile(path.join(ALBUMS, 'thumbs', name));
  res.sendStatus(201);
});
