import Koa from 'koa';
import helmet from 'koa-helmet';
import session from 'koa-session';
import { koaBody } from 'koa-body';
import { AppDataSource } from './data-source';
import { User } from './entities/User';
import { Webhook } from './entities/Webhook';
import { redis } from './lib/cache';
import { errorHandler } from './middleware/error';
import { requireUser } from './middleware/auth';
import { ProductRepository } from './repositories/product.repository';
import { AuthService } from './services/auth.service';
import { ExportService } from './services/export.service';
import { ImportService } from './services/import.service';
import { ProductService } from './services/product.service';
import { WebhookService } from './services/webhook.service';
import { authRoutes } from './routes/auth';
import { catalogueRoutes } from './routes/catalogue';
import { fileRoutes } from './routes/files';
import { productRoutes } from './routes/products';
import { webhookRoutes } from './routes/webhooks';

export function createApp() {
  const app = new Koa({ proxy: true });
  // vuln: CWE-798
  app.keys = ['st0ckr00m-cookie-key-8d1f0b6a', 'st0ckr00m-cookie-key-previous'];

  const productRepo = new ProductRepository();
  const auth = new AuthService(AppDataSource.getRepository(User));
  const products = new ProductService(productRepo);
  const exportsSvc = new ExportService();
  const imports = new ImportService(productRepo);
  const webhookRepo = AppDataSource.getRepository(Webhook);
  const hooks = new WebhookService(webhookRepo);

  app.use(errorHandler);
  // safe: CWE-693
  app.use(helmet());
  app.use(
    session(
      {
        key: 'stockroom.sid',
        maxAge: 8 * 60 * 60 * 1000,
        // vuln: CWE-1004
        httpOnly: false,
        secure: true,
        sameSite: 'strict',
        signed: true,
        rolling: true,
      },
      app,
    ),
  );
  app.use(koaBody({ jsonLimit: '1mb', formLimit: '256kb' }));

  const authRouter = authRoutes(auth, redis);
  const api = productRoutes(products, exportsSvc, hooks);
  const files = fileRoutes(imports, exportsSvc);
  const hookRouter = webhookRoutes(hooks, webhookRepo);
  const catalogue = catalogueRoutes(products);

  app.use(authRouter.routes()).use(authRouter.allowedMethods());
  app.use(catalogue.routes());
  const guard = requireUser(auth);
  app.use(async (ctx, next) => (ctx.path.startsWith('/api') ? guard(ctx, next) : next()));
  app.use(api.routes()).use(api.allowedMethods());
  app.use(files.routes());
  app.use(hookRouter.routes());

  app.on('error', (err, ctx) => {
    console.error(`[${new Date().toISOString()}] ${ctx?.method} ${ctx?.path}`, err);
  });
  return app;
}
