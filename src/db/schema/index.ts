export * from './accounts.js';
export * from './career.js';
export * from './employers.js';
export * from './marketplace.js';
export * from './matching.js';
export * from './pipeline.js';
export * from './salaries.js';
