export * from './accounts.js';
export * from './marketplace.js';
