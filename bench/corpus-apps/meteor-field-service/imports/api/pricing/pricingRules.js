import { Mongo } from 'meteor/mongo';

export const PricingRules = new Mongo.Collection('pricingRules');

// Structured rules that the rule builder produces: { field, op, value, adjust }.
export const RULE_FIELDS = ['laborHours', 'distanceKm', 'partsTotal', 'priority', 'afterHours'];
export const RULE_OPERATORS = ['>', '>=', '<', '<=', '==', '!='];
