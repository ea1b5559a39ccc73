#!/usr/bin/env node
'use strict';

// Nightly cron: imports the catalogue files that suppliers drop on the SFTP share.
const fs = require('fs');
const path = require('path');
const importer = require('../services/importer');
const { pgp } = require('../db');

const INBOX = process.env.FEED_INBOX || '/srv/sftp/catalogs';

async function main() {
  const files = fs.readdirSync(INBOX).filter((name) => name.endsWith('.xml'));
  for (const name of files) {
    const full = path.join(INBOX, name);
    const result = await importer.importCatalog(fs.readFileSync(full));
    console.log(`${name}: ${result.imported} products`);
    fs.renameSync(full, path.join(INBOX, 'done', name));
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => pgp.end());
