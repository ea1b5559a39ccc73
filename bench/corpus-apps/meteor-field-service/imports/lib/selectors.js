import { WORK_ORDER_STATUSES, SORTABLE_FIELDS } from '../api/workOrders/workOrders';

// Shared between the dispatch board (client, minimongo) and the report methods (server).
export function reportMatch(orgId, filter = {}) {
  // the board sends { status, technicianId, customerId, region } as picked in the filter bar
  return Object.assign({ orgId }, filter);
}

export function boardSelector(orgId, { status, technicianId, from, to } = {}) {
  const selector = { orgId };
  if (typeof status === 'string' && WORK_ORDER_STATUSES.includes(status)) selector.status = status;
  if (typeof technicianId === 'string') selector.technicianId = technicianId;
  if (from instanceof Date || to instanceof Date) {
    selector.dueAt = {};
    if (from instanceof Date) selector.dueAt.$gte = from;
    if (to instanceof Date) selector.dueAt.$lte = to;
  }
  return selector;
}

export function safeSort(key, direction) {
  const field = SORTABLE_FIELDS[key] || 'dueAt';
  return { [field]: direction === 'desc' ? -1 : 1 };
}

export function escapeRegex(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
