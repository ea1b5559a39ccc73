// A service made by a factory: `module.exports = (deps) => ({ … })`, its dependencies injected.
const path = require('path');
const crypto = require('crypto');

module.exports = ({ settings }) => ({
  async keepScannedForm(patientId, upload) {
    const folder = path.join(settings.formsDir, Number(patientId));
    // ruleid: js/path-traversal
    await upload.mv(path.join(folder, upload.name));
    return upload.name;
  },

  async keepScannedFormSafely(patientId, upload) {
    const stored = `${crypto.randomUUID()}.pdf`;
    // ok: js/path-traversal
    await upload.mv(path.join(settings.formsDir, Number(patientId), stored));
    return stored;
  },
});
