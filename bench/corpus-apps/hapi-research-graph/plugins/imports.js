'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const yauzl = require('yauzl');

const NOTES_ROOT = process.env.NOTES_ROOT || path.join(os.homedir(), 'research-notes');
const MIRRORS_ROOT = process.env.MIRRORS_ROOT || '/var/lib/research/mirrors';

function openZip(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

function writeEntry(zip, entry, dest) {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      stream.pipe(fs.createWriteStream(dest)).on('finish', resolve).on('error', reject);
    });
  });
}

// Notebook archives exported by the desktop app: one folder per project.
async function unpackNotebook(file, project) {
  const zip = await openZip(file);
  const root = path.join(NOTES_ROOT, project.replace(/[^a-z0-9-]/gi, ''));
  return new Promise((resolve, reject) => {
    let count = 0;
    zip.on('entry', (entry) => {
      if (/\/$/.test(entry.fileName)) return zip.readEntry();
      const dest = path.join(root, entry.fileName);
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        count += 1;
        // vuln: CWE-22
        stream.pipe(fs.createWriteStream(dest)).on('finish', () => zip.readEntry());
      });
    });
    zip.on('end', () => resolve(count));
    zip.on('error', reject);
    zip.readEntry();
  });
}

// The same archives, checked entry by entry against the project folder.
async function unpackNotebookChecked(file, project) {
  const zip = await openZip(file);
  const root = path.resolve(NOTES_ROOT, project.replace(/[^a-z0-9-]/gi, ''));
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry) => {
      if (/\/$/.test(entry.fileName)) return zip.readEntry();
      const dest = path.resolve(root, entry.fileName);
      if (!dest.startsWith(root + path.sep)) return reject(new Error(`entry outside the notebook: ${entry.fileName}`));
      // safe: CWE-22
      writeEntry(zip, entry, dest).then(() => zip.readEntry(), reject);
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
}

module.exports = {
  name: 'imports',
  register(server) {
    server.route({
      method: 'POST',
      path: '/projects/{project}/notebook',
      options: { payload: { output: 'file', parse: true, multipart: true, maxBytes: 50 * 1024 * 1024 } },
      handler: async (request) => {
        const upload = request.payload.notebook;
        const files = await unpackNotebook(upload.path, request.params.project);
        return { files };
      },
    });

    server.route({
      method: 'POST',
      path: '/projects/{project}/notebook/checked',
      options: { payload: { output: 'file', parse: true, multipart: true, maxBytes: 50 * 1024 * 1024 } },
      handler: async (request) => {
        await unpackNotebookChecked(request.payload.notebook.path, request.params.project);
        return { ok: true };
      },
    });

    // Mirrors a dataset repository next to the project's notes.
    server.route({
      method: 'POST',
      path: '/projects/{project}/mirror',
      handler: (request, h) => new Promise((resolve) => {
        const { repository, branch } = request.payload;
        const dest = path.join(MIRRORS_ROOT, request.params.project.replace(/[^a-z0-9-]/gi, ''));
        // vuln: CWE-88
        execFile('git', ['clone', '--depth', '1', '--branch', branch, repository, dest], { timeout: 120000 }, (err) => {
          resolve(err ? h.response({ error: 'clone failed' }).code(502) : h.response({ ok: true }).code(201));
        });
      }),
    });

    server.route({
      method: 'POST',
      path: '/projects/{project}/mirror/checked',
      handler: (request, h) => new Promise((resolve) => {
        const { repository, branch } = request.payload;
        if (typeof repository !== 'string' || typeof branch !== 'string' || repository.startsWith('-') || branch.startsWith('-')) {
          return resolve(h.response({ error: 'bad repository' }).code(400));
        }
        const dest = path.join(MIRRORS_ROOT, request.params.project.replace(/[^a-z0-9-]/gi, ''));
        // safe: CWE-88
        execFile('git', ['clone', '--depth', '1', '--branch', branch, '--', repository, dest], { timeout: 120000 }, (err) => {
          resolve(err ? h.response({ error: 'clone failed' }).code(502) : h.response({ ok: true }).code(201));
        });
      }),
    });
  },
};
