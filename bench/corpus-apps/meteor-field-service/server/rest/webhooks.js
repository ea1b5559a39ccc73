import crypto from 'crypto';
import express from 'express';
import { Assets, Readings, isSerial, isAssetTag, isReadingValue } from '/imports/api/assets/assets';

import { config } from '../config';

export const webhookRouter = express.Router();

function verifySignature(req) {
  const given = Buffer.from(String(req.get('x-telemetry-signature') || ''), 'hex');
  const expected = crypto.createHmac('sha256', config.webhookSigningKey).update(req.body).digest();
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

// Boiler / HVAC controllers push readings; the vendor cloud signs the payload.
webhookRouter.post('/telemetry', async (req, res, next) => {
  try {
    if (!verifySignature(req)) return res.status(401).json({ error: 'bad signature' });
    const payload = JSON.parse(req.body.toString('utf8'));
    if (!isAssetTag(payload.assetTag) || !isReadingValue(payload.value)) return res.status(422).end();
    const asset = await Assets.findOneAsync({ tag: payload.assetTag });
    if (!asset) return res.status(404).end();
    await Readings.insertAsync({ orgId: asset.orgId, assetId: asset._id, value: payload.value, at: new Date() });
    return res.status(202).end();
  } catch (err) {
    return next(err);
  }
});

// Warranty registration form on installers' websites posts here (no signature, public form).
webhookRouter.post('/warranty', async (req, res, next) => {
  try {
    const payload = JSON.parse(req.body.toString('utf8'));
    if (!isSerial(payload.serial)) return res.status(422).json({ error: 'invalid serial number' });
    const asset = await Assets.findOneAsync({ serial: String(payload.serial).toUpperCase() });
    if (!asset) return res.status(404).json({ error: 'unknown serial' });
    await Assets.updateAsync(asset._id, { $set: { warrantyRegisteredAt: new Date(), ownerEmail: String(payload.email || '') } });
    return res.status(202).json({ ok: true });
  } catch (err) {
    return next(err);
  }
});
