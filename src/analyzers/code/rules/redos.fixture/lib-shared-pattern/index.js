export { markers, markersSafe } from './lib/scan.js';
