import { Meteor } from 'meteor/meteor';
import { deepMerge, mergeKnown } from '/imports/lib/merge';
import { PREFERENCE_KEYS } from '../technicians';
import { technicianRepository } from './technicianRepository';

const DEFAULTS = { theme: 'light', mapProvider: 'osm', notifyBySms: true, notifyByEmail: false, language: 'en' };

export async function updatePreferences(orgId, technicianId, patch) {
  const technician = await technicianRepository.findById(orgId, technicianId);
  if (!technician) throw new Meteor.Error('not-found');
  const merged = deepMerge({ ...DEFAULTS, ...(technician.preferences || {}) }, patch);
  await technicianRepository.savePreferences(technician._id, merged);
  return merged;
}

// Used by the mobile app, which only sends known keys.
export async function updateMobilePreferences(orgId, technicianId, patch) {
  const technician = await technicianRepository.findById(orgId, technicianId);
  if (!technician) throw new Meteor.Error('not-found');
  const merged = mergeKnown({ ...DEFAULTS, ...(technician.preferences || {}) }, patch, PREFERENCE_KEYS);
  await technicianRepository.savePreferences(technician._id, merged);
  return merged;
}
