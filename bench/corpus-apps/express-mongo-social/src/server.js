import mongoose from 'mongoose';
import { createApp } from './app.js';
import { config } from './config/index.js';

mongoose.set('strictQuery', true);

await mongoose.connect(config.mongoUri, { autoIndex: !config.isProduction });
const app = createApp();
const server = app.listen(config.port, () => {
  console.log(`circlespace listening on :${config.port} (${config.env})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(async () => {
      await mongoose.disconnect();
      process.exit(0);
    });
  });
}
