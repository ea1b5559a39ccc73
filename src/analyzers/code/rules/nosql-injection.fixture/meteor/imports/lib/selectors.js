// Meteor resolves `/imports/…` from the app's root.
export function tenantMatch(orgId, filter) {
  return Object.assign({ orgId }, filter);
}
