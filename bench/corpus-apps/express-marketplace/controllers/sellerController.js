'use strict';

module.exports = ({ sellerService }) => ({
  async updateProfile(req, res) {
    const user = await sellerService.updateProfile(req.user, req.body);
    res.json(user);
  },

  async updateShopSettings(req, res) {
    const settings = await sellerService.updateShopSettings(req.user, req.body.settings || {});
    res.json({ settings });
  },

  async uploadDocument(req, res) {
    const doc = req.files && req.files.document;
    if (!doc) return res.status(400).json({ error: 'document required' });
    const saved = await sellerService.storeVerificationDocument(req.user, doc);
    return res.status(201).json(saved);
  },

  async downloadDocument(req, res) {
    const data = await sellerService.readVerificationDocument(req.user, req.params.name);
    res.type('application/octet-stream').send(data);
  },
});
