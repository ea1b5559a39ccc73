// Handlers made by a factory that is given the services (wired in app.js).
module.exports = ({ intakeService }) => ({
  async upload(req, res) {
    if (!req.files || !req.files.form) return res.sendStatus(400);
    res.json({ name: await intakeService.keepScannedForm(req.params.patient, req.files.form) });
  },

  async uploadRenamed(req, res) {
    if (!req.files || !req.files.form) return res.sendStatus(400);
    res.json({ name: await intakeService.keepScannedFormSafely(req.params.patient, req.files.form) });
  },
});
