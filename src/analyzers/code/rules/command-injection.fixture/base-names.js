// A base name cannot climb out of a folder, but it keeps quotes, `;` and `$(…)`.
const { exec, execFile } = require('child_process');
const path = require('path');
const express = require('express');
const app = express();

app.post('/thumbs', (req, res) => {
  const file = path.basename(req.body.file);
  // ruleid: js/command-injection
  exec(`convert "/srv/uploads/${file}" -resize 200x200 "/srv/thumbs/${file}"`, () => res.end());
});

app.post('/thumbs2', (req, res) => {
  const file = path.basename(req.body.file);
  // ok: js/command-injection
  execFile('convert', [path.join('/srv/uploads', file), '-resize', '200x200', path.join('/srv/thumbs', file)], () => res.end());
});
