import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { Attachments } from '../../workOrders/workOrders';
import { requireOrgUser } from '../../accounts/server/access';
import { readSigned, readOffice, saveOfficeUpload } from './storage';

Meteor.methods({
  // Returns the customer's signature image (base64) for the work order drawer.
  async 'attachments.signature'(workOrderId, name) {
    check(workOrderId, String);
    check(name, String);
    const user = await requireOrgUser(this.userId);
    const bytes = await readSigned(user.orgId, workOrderId, name);
    return bytes.toString('base64');
  },

  async 'attachments.office'(attachmentId) {
    check(attachmentId, String);
    const user = await requireOrgUser(this.userId);
    const doc = await Attachments.findOneAsync({ _id: attachmentId, orgId: user.orgId });
    if (!doc) throw new Meteor.Error('not-found');
    return (await readOffice(user.orgId, doc.storedName)).toString('base64');
  },

  async 'attachments.uploadOffice'(originalName, base64) {
    check(originalName, String);
    check(base64, Match.Where((s) => typeof s === 'string' && s.length < 14_000_000));
    const user = await requireOrgUser(this.userId);
    const storedName = await saveOfficeUpload(user.orgId, originalName, Buffer.from(base64, 'base64'));
    return Attachments.insertAsync({ orgId: user.orgId, storedName, originalName, createdAt: new Date() });
  },
});
