const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const express = require('express');

const app = express();
const UPLOAD_DIR = path.join(__dirname, 'uploads');

app.get('/download/:name', (req, res) => {
  // ruleid: js/path-traversal
  res.download(path.join(UPLOAD_DIR, req.params.name));
});

app.get('/file', (req, res) => {
  const filePath = path.join(__dirname, 'public', req.query.path);
  // ruleid: js/path-traversal
  fs.readFile(filePath, 'utf8', (err, data) => {
    if (err) return res.status(404).end();
    res.type('text/plain').send(data);
  });
});

app.get('/avatar/:user', async (req, res) => {
  // ruleid: js/path-traversal
  const data = await fsp.readFile(`./avatars/${req.params.user}.png`);
  res.type('png').send(data);
});

app.delete('/uploads/:name', async (req, res) => {
  // ruleid: js/path-traversal
  await fs.promises.unlink(path.resolve(UPLOAD_DIR, req.params.name));
  res.sendStatus(204);
});

// A module loaded by a file path: the name picks any `.js` file on the host, and require() runs it.
app.get('/widgets/:kind', (req, res) => {
  // ruleid: js/path-traversal
  const widget = require(`./widgets/${req.params.kind}`);
  // ok: js/path-traversal
  const fallback = require('./widgets/basic');
  res.json({ widget: !!widget, fallback: !!fallback });
});

app.get('/safe/:name', (req, res) => {
  // ok: js/path-traversal
  res.sendFile(req.params.name, { root: UPLOAD_DIR });
});

app.get('/basename/:name', (req, res) => {
  const name = path.basename(req.params.name);
  // ok: js/path-traversal
  res.sendFile(path.join(UPLOAD_DIR, name));
});

app.get('/checked', (req, res) => {
  const resolved = path.resolve(UPLOAD_DIR, req.query.file);
  if (!resolved.startsWith(UPLOAD_DIR + path.sep)) {
    return res.status(403).send('Forbidden');
  }
  // ok: js/path-traversal
  fs.createReadStream(resolved).pipe(res);
});

app.get('/report', (req, res) => {
  // ok: js/path-traversal
  res.sendFile(path.join(__dirname, 'reports', 'latest.pdf'));
});

// multer's `originalname` is a base name without `.`/`..`: it stays in UPLOAD_DIR.
app.post('/upload', (req, res) => {
  const file = req.file;
  // ok: js/path-traversal
  fs.writeFileSync(path.join(UPLOAD_DIR, file.originalname), file.buffer);
  res.sendStatus(201);
});

app.get('/logs', (req, res) => {
  const allowed = ['app.log', 'error.log'];
  const name = req.query.name;
  if (!allowed.includes(name)) return res.sendStatus(400);
  // ok: js/path-traversal
  res.sendFile(path.join(__dirname, 'logs', name));
});

app.get('/template', (req, res) => {
  // ruleid: js/path-traversal
  res.sendFile(__dirname + '/views/' + req.query.page);
});

app.get('/root-slash', (req, res) => {
  // ruleid: js/path-traversal
  res.sendFile(req.query.file, { root: '/' });
});

const send = require('koa-send');
async function koaFiles(ctx) {
  // ruleid: js/path-traversal
  await send(ctx, `uploads/${ctx.params.file}`);
  const full = path.resolve(UPLOAD_DIR, ctx.params.name);
  if (path.relative(UPLOAD_DIR, full).startsWith('..')) ctx.throw(400, 'bad path');
  // ok: js/path-traversal
  ctx.body = fs.createReadStream(full);
}
module.exports = { koaFiles };

// A CLI reading a file named on its own command line is not a vulnerability.
const configName = process.argv[2];
// ok: js/path-traversal
fs.readFileSync(path.join(__dirname, 'config', `${configName}.json`), 'utf8');

// Browser code: the page URL cannot reach a server's file system.
if (typeof window !== 'undefined') {
  const wasm = new URL('decoder.wasm', self.location.href).href;
  // ok: js/path-traversal
  fs.readFileSync(wasm);
}

// What a check proves depends on what it checks, not on how it looks.
const REPORT_NAME = /^[a-z0-9_-]+\.csv$/;
const HAS_LETTERS = /[a-z]+/;
app.get('/reports/pdf', (req, res) => {
  const name = req.query.name;
  if (!name.endsWith('.pdf')) return res.sendStatus(400);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, name)));
});
app.get('/reports/prefixed', (req, res) => {
  const full = UPLOAD_DIR + '/' + req.query.name;
  if (!full.startsWith(UPLOAD_DIR)) return res.sendStatus(400);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(full));
});
app.get('/reports/resolved', (req, res) => {
  const full = path.resolve(UPLOAD_DIR, req.query.name);
  if (!full.startsWith(UPLOAD_DIR + path.sep)) return res.sendStatus(400);
  // ok: js/path-traversal
  res.send(fs.readFileSync(full));
});
app.get('/reports/csv', (req, res) => {
  if (!REPORT_NAME.test(req.query.name)) return res.sendStatus(400);
  // ok: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, req.query.name)));
});
app.get('/reports/loose', (req, res) => {
  if (!HAS_LETTERS.test(req.query.name)) return res.sendStatus(400);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, req.query.name)));
});
app.get('/reports/multiline', (req, res) => {
  if (!/^[a-z]+$/m.test(req.query.name)) return res.sendStatus(400);
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, req.query.name)));
});
// A check that returns early holds inside the callbacks that run after it, for what they capture.
app.get('/reports/stat', (req, res) => {
  const full = path.resolve(UPLOAD_DIR, req.query.name);
  if (!full.startsWith(UPLOAD_DIR + path.sep)) return res.sendStatus(400);
  fs.stat(full, (err, st) => {
    if (err || !st.isFile()) return res.sendStatus(404);
    // ok: js/path-traversal
    fs.createReadStream(full).pipe(res);
  });
});
app.get('/reports/stat-unchecked', (req, res) => {
  const full = path.resolve(UPLOAD_DIR, req.query.name);
  // (The check is the same flaw as the read below: reported there.)
  // ok: js/path-traversal
  fs.stat(full, () => {
    // ruleid: js/path-traversal
    fs.createReadStream(full).pipe(res);
  });
});
app.get('/reports/shadowed', (req, res) => {
  const full = path.resolve(UPLOAD_DIR, req.query.name);
  if (!full.startsWith(UPLOAD_DIR + path.sep)) return res.sendStatus(400);
  [req.query.other].forEach((full) => {
    // ruleid: js/path-traversal
    res.send(fs.readFileSync(full));
  });
});
// `../` cut out in one pass: `....//` becomes `../` again, and `..\` is not touched.
app.get('/docs/one-pass', (req, res) => {
  const rel = req.query.name.replace(/\.\.\//g, '');
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, rel)));
});
app.get('/docs/one-pass-either-slash', (req, res) => {
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, req.query.name.replace(/\.\.[\\/]/g, ''))));
});
// Every `..` removed: what is left has no parent segment, however the dots were nested.
app.get('/docs/no-dots', (req, res) => {
  // ok: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, req.query.name.replace(/\.\./g, ''))));
});
// Normalised first, `..` segments can only lead the path: cutting that leading run leaves none.
app.get('/docs/normalized', (req, res) => {
  const rel = path.normalize(req.query.name).replace(/^(\.\.(\/|\\|$))+/, '');
  // ok: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, rel)));
});
// The same leading cut without normalising: `a/../../etc/passwd` keeps its inner `..`.
app.get('/docs/leading-only', (req, res) => {
  const rel = req.query.name.replace(/^(\.\.(\/|\\|$))+/, '');
  // ruleid: js/path-traversal
  res.send(fs.readFileSync(path.join(UPLOAD_DIR, rel)));
});
