// Archives known by where they came from, not by what the variable is called (or with no variable at all).
const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const JSZip = require('jszip');
const unzipper = require('unzipper');
const yauzl = require('yauzl-promise');
const decompress = require('decompress');

function importPack(upload, packsDir) {
  for (const item of new AdmZip(upload.buffer).getEntries()) {
    if (item.isDirectory) continue;
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(packsDir, item.entryName), item.getData());
  }
}

function importPackForEach(upload, packsDir) {
  new AdmZip(upload.buffer).getEntries().forEach((item) => {
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(packsDir, item.entryName), item.getData());
  });
}

function importPackFlat(upload, packsDir) {
  new AdmZip(upload.buffer).getEntries().forEach((item) => {
    // ok: js/zip-slip
    fs.writeFileSync(path.join(packsDir, path.basename(item.entryName)), item.getData());
  });
}

function importPackChecked(upload, packsDir) {
  const root = path.resolve(packsDir);
  for (const item of new AdmZip(upload.buffer).getEntries()) {
    const out = path.resolve(root, item.entryName);
    if (!out.startsWith(root + path.sep)) throw new Error(`refused ${item.entryName}`);
    // ok: js/zip-slip
    fs.writeFileSync(out, item.getData());
  }
}

async function restoreBackup(file, into) {
  const b = await unzipper.Open.file(file);
  for (const f of b.files) {
    // ruleid: js/zip-slip
    f.stream().pipe(fs.createWriteStream(path.join(into, f.path)));
  }
}

async function restoreBackupInline(file, into) {
  for (const f of (await unzipper.Open.file(file)).files) {
    // ruleid: js/zip-slip
    f.stream().pipe(fs.createWriteStream(path.join(into, f.path)));
  }
}

async function loadTemplates(buf, into) {
  (await JSZip.loadAsync(buf)).forEach(async (rel, file) => {
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(into, rel), await file.async('nodebuffer'));
  });
}

async function loadTemplatesNamed(buf, into) {
  const t = await new JSZip().loadAsync(buf);
  for (const name of Object.keys(t.files)) {
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(into, name), await t.file(name).async('nodebuffer'));
  }
}

async function loadTemplatesFlat(buf, into) {
  (await JSZip.loadAsync(buf)).forEach(async (rel, file) => {
    // ok: js/zip-slip
    fs.writeFileSync(path.join(into, path.basename(rel)), await file.async('nodebuffer'));
  });
}

async function unpackPromise(p, into) {
  const r = await yauzl.open(p);
  for await (const e of r) {
    const rs = await e.openReadStream();
    // ruleid: js/zip-slip
    rs.pipe(fs.createWriteStream(path.join(into, e.filename)));
  }
}

async function unpackDecompressed(buf, into) {
  for (const f of await decompress(buf)) {
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(into, f.path), f.data);
  }
}

async function unpackDecompressedChecked(buf, into) {
  const root = path.resolve(into);
  for (const f of await decompress(buf)) {
    const out = path.resolve(root, f.path);
    if (!out.startsWith(root + path.sep)) continue;
    // ok: js/zip-slip
    fs.writeFileSync(out, f.data);
  }
}

// A list that is no archive: its entries' names are the server's own.
function saveDrafts(drafts, into) {
  for (const d of drafts.entries()) {
    // ok: js/zip-slip
    fs.writeFileSync(path.join(into, d.name), d.body);
  }
}
