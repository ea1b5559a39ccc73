import { asClass, asFunction, asValue, createContainer, InjectionMode, Lifetime, type AwilixContainer } from 'awilix';
import Redis from 'ioredis';
import nunjucks from 'nunjucks';
import { config } from './config';
import { createDb } from './lib/db';
import { logger } from './lib/logger';
import { AuthService } from './services/auth-service';
import { PortalService } from './services/portal-service';
import { AccountService } from './services/account-service';
import { LedgerService } from './services/ledger-service';
import { ReportService } from './services/report-service';
import { ImportService } from './services/import-service';
import { ReceiptService } from './services/receipt-service';
import { ExportService } from './services/export-service';
import { FxService } from './services/fx-service';
import { WebhookService } from './services/webhook-service';
import { StatementService } from './services/statement-service';
import { SettingsService } from './services/settings-service';

export function configureContainer(): AwilixContainer {
  const container = createContainer({ injectionMode: InjectionMode.PROXY, strict: true });

  container.register({
    config: asValue(config),
    logger: asValue(logger),
    db: asFunction(createDb)
      .singleton()
      .disposer((db) => db.destroy()),
    redis: asFunction(() => new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }))
      .singleton()
      .disposer((redis) => redis.quit().then(() => undefined)),
    templates: asFunction(() =>
      new nunjucks.Environment(new nunjucks.FileSystemLoader(config.paths.templates), {
        autoescape: true,
        throwOnUndefined: false,
      }),
    ).singleton(),
    // Overridden per request by the auth middlewares (see middleware/auth.ts).
    tenantId: asValue(0),
    currentUser: asValue(null),
  });

  // Repositories: one class per file, registered as accountRepository, journalRepository, ...
  container.loadModules(['repositories/*-repository.{js,ts}'], {
    cwd: __dirname,
    formatName: 'camelCase',
    resolverOptions: { lifetime: Lifetime.SCOPED, register: asClass },
  });

  container.register({
    authService: asClass(AuthService).scoped(),
    portalService: asClass(PortalService).scoped(),
    accountService: asClass(AccountService).scoped(),
    ledgerService: asClass(LedgerService).scoped(),
    reportService: asClass(ReportService).scoped(),
    importService: asClass(ImportService).scoped(),
    receiptService: asClass(ReceiptService).scoped(),
    exportService: asClass(ExportService).scoped(),
    fxService: asClass(FxService).singleton(),
    webhookService: asClass(WebhookService).scoped(),
    statementService: asClass(StatementService).scoped(),
    settingsService: asClass(SettingsService).scoped(),
  });

  return container;
}
