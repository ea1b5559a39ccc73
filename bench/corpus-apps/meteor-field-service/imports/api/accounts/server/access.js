import { Meteor } from 'meteor/meteor';
import { Mongo } from 'meteor/mongo';
import { Roles } from 'meteor/alanning:roles';

// { _id, name, slug, branding: { color, logo }, emailTemplate, settings }
export const Orgs = new Mongo.Collection('orgs');

export async function requireOrgUser(userId) {
  if (!userId) throw new Meteor.Error('not-authorized', 'Sign in first');
  const user = await Meteor.users.findOneAsync(userId, { fields: { orgId: 1, disabled: 1 } });
  if (!user || user.disabled || !user.orgId) throw new Meteor.Error('not-authorized', 'No organisation');
  return user;
}

export async function requireOrgAdmin(userId) {
  const user = await requireOrgUser(userId);
  if (!(await Roles.userIsInRoleAsync(userId, 'admin', user.orgId))) {
    throw new Meteor.Error('forbidden', 'Administrators only');
  }
  return user;
}
