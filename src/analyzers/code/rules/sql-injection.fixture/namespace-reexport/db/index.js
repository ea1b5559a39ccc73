// The data layer's entry module: each DAO module's exports under one name.
export * as users from './users.js';
export * as invites from './invites.js';
