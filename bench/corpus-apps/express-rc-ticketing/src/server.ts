import 'reflect-metadata';
import express from 'express';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { useContainer, useExpressServer } from 'routing-controllers';
import { Container } from 'typedi';
import { config } from './config';
import './db/knex';
import { AuthController } from './controllers/AuthController';
import { EventController } from './controllers/EventController';
import { OrderController } from './controllers/OrderController';
import { ScanController } from './controllers/ScanController';
import { ImportController } from './controllers/ImportController';
import { IntegrationController } from './controllers/IntegrationController';
import { PageController } from './controllers/PageController';
import { ErrorHandler } from './middlewares/ErrorHandler';
import { authorizationChecker, currentUserChecker } from './middlewares/authorization';
import { logger } from './utils/logger';

useContainer(Container);

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', 1);
app.use(helmet());
app.use('/integrations/paystream/events', express.raw({ type: 'application/json', limit: '256kb' }));
app.use(cookieParser());
app.use('/static', express.static(`${__dirname}/../public`, { index: false, maxAge: '7d' }));

useExpressServer(app, {
  cors: {
    // Dashboard, widget and partner sites all call the API with the session cookie.
    // vuln: CWE-942
    origin: true,
    credentials: true,
  },
  classTransformer: true,
  validation: { whitelist: true, forbidUnknownValues: false },
  defaultErrorHandler: false,
  controllers: [
    AuthController,
    EventController,
    OrderController,
    ScanController,
    ImportController,
    IntegrationController,
    PageController,
  ],
  middlewares: [ErrorHandler],
  authorizationChecker,
  currentUserChecker,
});

app.listen(config.port, () => logger.info(`gatehouse-api listening on :${config.port}`));
