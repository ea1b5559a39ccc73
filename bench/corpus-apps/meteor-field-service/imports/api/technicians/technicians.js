import { Mongo } from 'meteor/mongo';

// Technicians sign in on the mobile app with a badge number and a PIN; dispatchers are Meteor users.
export const Technicians = new Mongo.Collection('technicians');

export const PREFERENCE_KEYS = ['theme', 'mapProvider', 'notifyBySms', 'notifyByEmail', 'language'];
