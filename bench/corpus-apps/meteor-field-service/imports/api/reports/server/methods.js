import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { requireOrgUser } from '../../accounts/server/access';
import { reportRepository } from './reportRepository';

Meteor.methods({
  async 'reports.completion'(filter) {
    const user = await requireOrgUser(this.userId);
    return reportRepository.completionByTechnician(user.orgId, filter || {});
  },

  async 'reports.volume'(groupKey, range) {
    check(groupKey, String);
    check(range, { from: Match.Maybe(Date), to: Match.Maybe(Date) });
    const user = await requireOrgUser(this.userId);
    return reportRepository.volumeBy(user.orgId, groupKey, range);
  },

  async 'reports.assetReadings'(assetId, since) {
    check(assetId, String);
    check(since, Match.Maybe(Number));
    const user = await requireOrgUser(this.userId);
    return reportRepository.readingsForAsset(user.orgId, assetId, since);
  },
});
