export { runReport } from './reports.js';
