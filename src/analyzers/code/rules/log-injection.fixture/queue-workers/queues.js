import { Queue } from 'bullmq';
export const exportQueue = new Queue('exports');
