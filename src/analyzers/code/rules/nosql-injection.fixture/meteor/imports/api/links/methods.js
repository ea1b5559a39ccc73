// Meteor methods and publications: every argument is the client's (EJSON, so objects too).
import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { Links } from './links';
import { tenantMatch } from '/imports/lib/selectors';

const NewLink = Match.ObjectIncluding({ code: String, target: String });

Meteor.methods({
  async 'links.resolve'(code) {
    // `await import()` of a server-only service: the call is followed into it.
    const { byCode } = await import('./server/linkService');
    return byCode(code);
  },

  async 'links.resolveChecked'(code) {
    check(code, String);
    const { byCheckedCode } = await import('./server/linkService');
    return byCheckedCode(code);
  },

  async 'links.stats'(filter) {
    const orgId = (await Meteor.users.findOneAsync(this.userId)).orgId;
    // ruleid: js/nosql-injection
    return Links.rawCollection().aggregate([{ $match: tenantMatch(orgId, filter) }]).toArray();
  },

  async 'links.statsChecked'(filter) {
    check(filter, { code: Match.Maybe(String), clicks: Match.Maybe(Number) });
    const orgId = (await Meteor.users.findOneAsync(this.userId)).orgId;
    // ok: js/nosql-injection
    return Links.rawCollection().aggregate([{ $match: tenantMatch(orgId, filter) }]).toArray();
  },

  async 'links.create'(doc) {
    check(doc, NewLink);
    // ok: js/nosql-injection
    const clash = await Links.findOneAsync({ code: doc.code });
    if (clash) throw new Meteor.Error('taken');
    return Links.insertAsync({ code: doc.code, target: doc.target, owner: this.userId });
  },

  async 'links.rename'(id, code) {
    check(id, String);
    // ruleid: js/nosql-injection
    return Links.updateAsync({ _id: id, code }, { $set: { renamedAt: new Date() } });
  },
});

Meteor.publish('links.byCode', function (code) {
  // ruleid: js/nosql-injection
  return Links.find({ code, owner: this.userId });
});

Meteor.publish('links.byCheckedCode', function (code) {
  check(code, Match.OneOf(String, null));
  // ok: js/nosql-injection
  return Links.find({ code, owner: this.userId });
});
