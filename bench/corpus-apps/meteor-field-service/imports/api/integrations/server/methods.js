import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import { Mongo } from 'meteor/mongo';
import { Random } from 'meteor/random';
import { requireOrgAdmin } from '../../accounts/server/access';
import { sendTestEvent, deliver } from './webhookClient';

export const Webhooks = new Mongo.Collection('webhooks');

Meteor.methods({
  async 'integrations.testWebhook'(targetUrl) {
    check(targetUrl, String);
    const user = await requireOrgAdmin(this.userId);
    const org = await Meteor.users.findOneAsync(this.userId, { fields: { orgId: 1 } });
    return sendTestEvent(targetUrl, `test-${user.orgId}-${org._id}`);
  },

  async 'integrations.register'(targetUrl, events) {
    check(targetUrl, String);
    check(events, [String]);
    const user = await requireOrgAdmin(this.userId);
    const secret = Random.secret(32);
    const id = await Webhooks.insertAsync({ orgId: user.orgId, url: targetUrl, events, secret, createdAt: new Date() });
    return { id, secret };
  },

  async 'integrations.redeliver'(webhookId) {
    check(webhookId, String);
    const user = await requireOrgAdmin(this.userId);
    const hook = await Webhooks.findOneAsync({ _id: webhookId, orgId: user.orgId });
    if (!hook) throw new Meteor.Error('not-found');
    return deliver(hook.url, { type: 'ping', orgId: user.orgId }, hook.secret);
  },
});
