import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { PricingRules } from '../pricingRules';
import { WorkOrders } from '../../workOrders/workOrders';
import { requireOrgUser, requireOrgAdmin } from '../../accounts/server/access';
import { applyStructuredRules, previewExpression, evaluateSurcharge, roundToStep } from './ruleEngine';

async function orderFor(user, workOrderId) {
  const order = await WorkOrders.findOneAsync({ _id: workOrderId, orgId: user.orgId });
  if (!order) throw new Meteor.Error('not-found');
  return order;
}

Meteor.methods({
  async 'pricing.quote'(workOrderId, basePrice) {
    check(workOrderId, String);
    check(basePrice, Number);
    const user = await requireOrgUser(this.userId);
    const order = await orderFor(user, workOrderId);
    const rules = await PricingRules.find({ orgId: user.orgId, kind: 'structured' }).fetchAsync();
    return roundToStep(applyStructuredRules(rules, order, basePrice), 0.5);
  },

  // "Try it" button next to the expression field of the rule editor.
  async 'pricing.previewExpression'(workOrderId, expression, basePrice) {
    check(workOrderId, String);
    check(expression, String);
    check(basePrice, Number);
    const user = await requireOrgUser(this.userId);
    const order = await orderFor(user, workOrderId);
    return previewExpression(expression, order, basePrice);
  },

  async 'pricing.surcharge'(workOrderId, formula, basePrice) {
    check(workOrderId, String);
    check(basePrice, Number);
    const user = await requireOrgUser(this.userId);
    const order = await orderFor(user, workOrderId);
    return evaluateSurcharge(String(formula), order, basePrice);
  },

  async 'pricing.saveRule'(rule) {
    check(rule, {
      field: String,
      op: String,
      value: Match.OneOf(Number, Boolean),
      adjust: { type: Match.OneOf('percent', 'fixed'), amount: Number },
    });
    const user = await requireOrgAdmin(this.userId);
    return PricingRules.insertAsync({ ...rule, kind: 'structured', orgId: user.orgId, createdAt: new Date() });
  },
});
