const fs = require('fs');
const JSZip = require('jszip');
const path = require('path');
const fse = require('fs-extra');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const yauzl = require('yauzl');
const tar = require('tar');

function extractTheme(buffer, themesDir) {
  const zip = new AdmZip(buffer);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    // ruleid: js/zip-slip
    fse.outputFileSync(path.join(themesDir, entry.entryName), entry.getData());
  }
}

function extractThemeChecked(buffer, themesDir) {
  const root = path.resolve(themesDir);
  for (const entry of new AdmZip(buffer).getEntries()) {
    const dest = path.resolve(root, entry.entryName);
    if (dest !== root && !dest.startsWith(root + path.sep)) throw new Error(`bad entry ${entry.entryName}`);
    // ok: js/zip-slip
    fse.outputFileSync(dest, entry.getData());
  }
}

async function unpackUpload(uploadPath, dest) {
  const zip = fs.createReadStream(uploadPath).pipe(unzipper.Parse({ forceStream: true }));
  for await (const entry of zip) {
    // Skipping macOS metadata is not a containment check.
    if (entry.path.startsWith('__MACOSX')) { entry.autodrain(); continue; }
    // ruleid: js/zip-slip
    entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
  }
}

async function unpackFlat(uploadPath, dest) {
  const directory = await unzipper.Open.file(uploadPath);
  for (const file of directory.files) {
    // Only the base name is kept: no directory part survives.
    // ok: js/zip-slip
    file.stream().pipe(fs.createWriteStream(path.join(dest, path.basename(file.path))));
  }
}

function unpackWithYauzl(zipPath, dest, cb) {
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    if (err) return cb(err);
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      const target = path.join(dest, entry.fileName);
      zipfile.openReadStream(entry, (e, stream) => {
        if (e) return cb(e);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // ruleid: js/zip-slip
        stream.pipe(fs.createWriteStream(target));
        stream.on('end', () => zipfile.readEntry());
      });
    });
    zipfile.on('end', () => cb(null));
  });
}

async function restoreBackup(file, dest) {
  // ruleid: js/zip-slip
  await tar.x({ file, cwd: dest, preservePaths: true });
  // node-tar strips leading '/' and refuses '..' unless preservePaths is set.
  // ok: js/zip-slip
  await tar.x({ file, cwd: dest, strict: true });
}

// JSZip's files map: the keys are the entry names.
async function unpackZipMap(buf, dest) {
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files)) {
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(dest, name), await zip.files[name].async('nodebuffer'));
  }
  for (const [name, entry] of Object.entries(zip.files)) {
    const target = path.resolve(dest, name);
    if (!target.startsWith(path.resolve(dest) + path.sep)) continue;
    // ok: js/zip-slip
    fs.writeFileSync(target, await entry.async('nodebuffer'));
  }
  for (const [name, entry] of Object.entries(zip.files)) {
    // ruleid: js/zip-slip
    fs.writeFileSync(path.join(dest, name), await entry.async('nodebuffer'));
  }
}

module.exports = { extractTheme, extractThemeChecked, unpackUpload, unpackFlat, unpackWithYauzl, restoreBackup, unpackZipMap };

// Symbolic link entries: the link's own target comes from the archive too.
async function writeLinkEntry(header, target) {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  // ruleid: js/zip-slip
  await fs.promises.symlink(header.linkname, target);
}

async function writeCheckedLink(dest, header, target) {
  const resolved = path.resolve(path.dirname(target), header.linkname);
  if (!resolved.startsWith(dest + path.sep)) throw new Error(`link ${header.name} points outside ${dest}`);
  // ok: js/zip-slip
  await fs.promises.symlink(header.linkname, target);
}

function writeTarLink(entry, target) {
  if (path.isAbsolute(entry.linkpath) || entry.linkpath.includes('..')) throw new Error('unsafe link');
  // ok: js/zip-slip
  fs.symlinkSync(entry.linkpath, target);
}

// ok: js/zip-slip
fs.symlinkSync('../shared/config.json', path.join(__dirname, 'config.json'));

// A library that lets its caller swap the file system, or promisifies it: still fs.symlink.
function extractLinks(extract, opts) {
  const xfs = opts.fs || fs;
  extract.on('link', (header) => {
    // ruleid: js/zip-slip
    xfs.symlink(header.linkname, path.join(opts.cwd, header.name), () => {});
  });
  extract.on('checked-link', (header) => {
    const name = path.join(opts.cwd, header.name);
    const dst = path.resolve(path.dirname(name), header.linkname);
    if (!dst.startsWith(path.resolve(opts.cwd))) throw new Error(`${name} is not a valid symlink`);
    // ok: js/zip-slip
    xfs.symlink(header.linkname, name, () => {});
  });
}

const pify = require('pify');
const fsP = pify(fs);
function writePromisedLink(x, dest) {
  // ruleid: js/zip-slip
  return fsP.symlink(x.linkname, dest);
}

function linkCache(cache, dest) {
  // ok: js/zip-slip
  return fsP.symlink(cache.path, dest);
}
