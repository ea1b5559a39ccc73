import { WorkOrders } from '../../workOrders/workOrders';
import { Readings } from '../../assets/assets';
import { reportMatch, boardSelector } from '/imports/lib/selectors';

const GROUPABLE = { technician: '$technicianId', customer: '$customerId', status: '$status', region: '$region' };

export const reportRepository = {
  async completionByTechnician(orgId, filter) {
    const match = reportMatch(orgId, filter);
    // vuln: CWE-943
    return WorkOrders.rawCollection().aggregate([
      { $match: match },
      { $group: { _id: '$technicianId', jobs: { $sum: 1 }, hours: { $sum: '$laborHours' } } },
      { $sort: { jobs: -1 } },
    ]).toArray();
  },

  async volumeBy(orgId, groupKey, range) {
    const groupField = GROUPABLE[groupKey] || '$status';
    const match = boardSelector(orgId, range);
    // safe: CWE-943
    return WorkOrders.rawCollection().aggregate([
      { $match: match },
      { $group: { _id: groupField, count: { $sum: 1 } } },
    ]).toArray();
  },

  async readingsForAsset(orgId, assetId, since) {
    // safe: CWE-943
    return Readings.rawCollection()
      .find({ orgId, assetId: String(assetId), at: { $gte: new Date(Number(since) || 0) } })
      .sort({ at: 1 })
      .limit(1000)
      .toArray();
  },
};
