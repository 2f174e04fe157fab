export * from './accounts.js';
export * from './employers.js';
export * from './marketplace.js';
export * from './matching.js';
export * from './salaries.js';
export * from './career.js';
export * from './pipeline.js';
