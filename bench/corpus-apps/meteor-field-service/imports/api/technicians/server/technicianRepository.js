import crypto from 'crypto';
import { Technicians } from '../technicians';

export function hashPin(pin, salt) {
  return crypto.scryptSync(String(pin), salt, 32).toString('hex');
}

export const technicianRepository = {
  async findForLogin(orgSlug, badgeNumber) {
    // safe: CWE-943
    return Technicians.findOneAsync({ orgSlug: String(orgSlug), badgeNumber: String(badgeNumber), active: true });
  },

  // Older app builds (< 3.0) still send the device pairing code instead of a PIN.
  async findByPairingCode(orgSlug, pairingCode) {
    // vuln: CWE-943
    return Technicians.findOneAsync({ orgSlug, pairingCode, active: true });
  },

  async findById(orgId, technicianId) {
    return Technicians.findOneAsync({ _id: String(technicianId), orgId });
  },

  async savePreferences(technicianId, preferences) {
    return Technicians.updateAsync(technicianId, { $set: { preferences, updatedAt: new Date() } });
  },

  async touchLastSeen(technicianId, position) {
    return Technicians.updateAsync(technicianId, {
      $set: { lastSeenAt: new Date(), lastPosition: { lat: Number(position.lat), lng: Number(position.lng) } },
    });
  },
};
