import express from 'express';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { router } from './routes';
import { registerHandlers } from './events/handlers';

const app = express();
app.use(helmet());
app.use(express.json());
app.use(cookieParser());
app.use('/api', router);

registerHandlers();
app.listen(Number(process.env.PORT ?? 8080));
