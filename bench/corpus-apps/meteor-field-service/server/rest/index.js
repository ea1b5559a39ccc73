import { WebApp } from 'meteor/webapp';
import express from 'express';
import { mobileRouter } from './mobileRoutes';
import { webhookRouter } from './webhooks';
import { publicRouter } from './publicRoutes';
import { errorHandler } from './errors';

const api = express();
api.disable('x-powered-by');
api.use('/api/mobile', express.json({ limit: '12mb' }), mobileRouter);
api.use('/hooks', express.raw({ type: 'application/json', limit: '1mb' }), webhookRouter);
api.use('/', publicRouter);
api.use(errorHandler);

WebApp.handlers.use(api);
