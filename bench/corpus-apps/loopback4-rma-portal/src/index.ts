import {ApplicationConfig, RmaPortalApplication} from './application';

export * from './application';

export async function main(options: ApplicationConfig = {}) {
  const app = new RmaPortalApplication(options);
  await app.boot();
  await app.start();

  const url = app.restServer.url;
  console.log(`RMA portal is running at ${url}`);
  return app;
}

if (require.main === module) {
  const config = {
    rest: {
      port: +(process.env.PORT ?? 3000),
      host: process.env.HOST,
      gracePeriodForClose: 5000,
      openApiSpec: {
        setServersFromRequest: true,
      },
      cors: {
        // The partner returns widget is embedded on dealer sites, so allow them all.
        // vuln: CWE-942
        origin: true,
        credentials: true,
        methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
        maxAge: 86400,
      },
      expressSettings: {
        'x-powered-by': false,
      },
    },
  };
  main(config).catch(err => {
    console.error('Cannot start the application.', err);
    process.exit(1);
  });
}
