const express = require('express');
const { Queue, Worker } = require('bullmq');
const { execSync } = require('node:child_process');

const app = express();
const thumbs = new Queue('thumbs');

app.post('/thumbnails', async (req, res) => {
  await thumbs.add('make', { size: req.body.size, quality: 80 });
  res.sendStatus(202);
});

new Worker('thumbs', async (job) => {
  // ruleid: js/command-injection
  execSync(`convert in.png -resize ${job.data.size} out.png`);
  // ok: js/command-injection
  execSync(`convert in.png -quality ${job.data.quality} out.jpg`);
});
