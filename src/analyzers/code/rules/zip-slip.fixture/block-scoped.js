// Two block-scoped variables of one name: each write is judged by its own declaration.
const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');

function restoreTheme(archivePath, themeDir) {
  const archive = new AdmZip(archivePath);
  for (const item of archive.getEntries()) {
    if (item.entryName.endsWith('.woff2')) {
      const out = path.join(themeDir, 'fonts', path.basename(item.entryName));
      // ok: js/zip-slip
      fs.writeFileSync(out, item.getData());
      continue;
    }
    const out = path.join(themeDir, item.entryName);
    // ruleid: js/zip-slip
    fs.writeFileSync(out, item.getData());
  }
}
