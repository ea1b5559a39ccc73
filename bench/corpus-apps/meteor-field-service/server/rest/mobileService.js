import { WorkOrders } from '/imports/api/workOrders/workOrders';
import { saveMobilePhoto } from '/imports/api/attachments/server/storage';
import { makeThumbnail } from '/imports/api/attachments/server/images';
import { Attachments } from '/imports/api/workOrders/workOrders';

const MOBILE_STATUSES = new Set(['scheduled', 'en_route', 'on_site']);

export const mobileService = {
  async jobsFor(technician, status) {
    const selector = { orgId: technician.orgId, technicianId: technician.sub };
    if (MOBILE_STATUSES.has(status)) selector.status = status;
    // safe: CWE-943
    return WorkOrders.find(selector, { sort: { dueAt: 1 }, limit: 100 }).fetchAsync();
  },

  async storePhoto(technician, workOrderId, fileName, buffer) {
    const order = await WorkOrders.findOneAsync({ _id: String(workOrderId), orgId: technician.orgId });
    if (!order) throw Object.assign(new Error('work order not found'), { status: 404 });
    const photoPath = await saveMobilePhoto(technician.orgId, order._id, fileName, buffer);
    const thumbPath = await makeThumbnail(photoPath);
    await Attachments.insertAsync({ orgId: technician.orgId, workOrderId: order._id, photoPath, thumbPath, at: new Date() });
    return { ok: true };
  },

  // Remarks the customer dictates to the technician on site; shown on the board and status page.
  async addCustomerNote(technician, workOrderId, text) {
    const note = String(text ?? '').slice(0, 2000);
    await WorkOrders.updateAsync(
      { _id: String(workOrderId), orgId: technician.orgId, technicianId: technician.sub },
      { $set: { customerNotes: note } },
    );
    return { ok: true };
  },
};
