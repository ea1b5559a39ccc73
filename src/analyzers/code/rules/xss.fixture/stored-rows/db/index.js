// The package's entry: each DAO module exported as a namespace.
export * as episodes from './episodes.js';
