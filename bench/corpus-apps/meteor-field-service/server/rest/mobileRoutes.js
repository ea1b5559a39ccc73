import express from 'express';
import { Random } from 'meteor/random';
import { requireTechnician, identifyOfflineTechnician, issueMobileToken } from './mobileAuth';
import { loginRateLimit } from '../rateLimits';
import { technicianRepository, hashPin } from '/imports/api/technicians/server/technicianRepository';
import { updateMobilePreferences } from '/imports/api/technicians/server/preferences';
import { mobileService } from './mobileService';
import { audit } from '/imports/api/audit/server/log';

export const mobileRouter = express.Router();

// vuln: CWE-307
mobileRouter.post('/login', async (req, res, next) => {
  try {
    // vuln: CWE-532
    console.info('mobile login attempt', JSON.stringify(req.body));
    const { org, badgeNumber, pin } = req.body;
    const technician = await technicianRepository.findForLogin(org, badgeNumber);
    const ok = Boolean(technician && typeof pin === 'string' && hashPin(pin, technician.pinSalt) === technician.pinHash);
    audit.mobileLogin(badgeNumber, ok);
    if (!ok) return res.status(401).json({ error: 'invalid credentials' });
    return res.json({ token: issueMobileToken(technician) });
  } catch (err) {
    return next(err);
  }
});

mobileRouter.post('/pair', loginRateLimit, async (req, res, next) => {
  try {
    const { org, pairingCode } = req.body;
    const technician = await technicianRepository.findByPairingCode(org, pairingCode);
    if (!technician) return res.status(401).json({ error: 'unknown device code' });
    return res.json({ token: issueMobileToken(technician), deviceId: Random.id() });
  } catch (err) {
    return next(err);
  }
});

mobileRouter.get('/jobs', requireTechnician, async (req, res, next) => {
  try {
    res.json(await mobileService.jobsFor(req.technician, req.query.status));
  } catch (err) {
    next(err);
  }
});

mobileRouter.post('/jobs/:id/photos', identifyOfflineTechnician, express.raw({ type: 'image/*', limit: '12mb' }), async (req, res, next) => {
  try {
    const fileName = req.get('x-file-name') || `${Date.now()}.jpg`;
    const stored = await mobileService.storePhoto(req.technician, req.params.id, fileName, req.body);
    res.status(201).json(stored);
  } catch (err) {
    next(err);
  }
});

mobileRouter.post('/jobs/:id/notes', requireTechnician, async (req, res, next) => {
  try {
    res.status(201).json(await mobileService.addCustomerNote(req.technician, req.params.id, req.body.text));
  } catch (err) {
    next(err);
  }
});

mobileRouter.put('/me/preferences', requireTechnician, async (req, res, next) => {
  try {
    res.json(await updateMobilePreferences(req.technician.orgId, req.technician.sub, req.body || {}));
  } catch (err) {
    next(err);
  }
});

mobileRouter.post('/me/position', requireTechnician, async (req, res, next) => {
  try {
    await technicianRepository.touchLastSeen(req.technician.sub, req.body);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
