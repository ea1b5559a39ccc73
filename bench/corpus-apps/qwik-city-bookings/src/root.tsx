import { component$ } from '@builder.io/qwik';
import { QwikCityProvider, RouterOutlet, ServiceWorkerRegister, useDocumentHead } from '@builder.io/qwik-city';

const Head = component$(() => {
  const head = useDocumentHead();
  return (
    <>
      <title>{head.title ? `${head.title} · Slotly` : 'Slotly'}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1.0" />
      {head.meta.map((m) => (
        <meta key={m.key} {...m} />
      ))}
    </>
  );
});

export default component$(() => {
  return (
    <QwikCityProvider>
      <head>
        <meta charSet="utf-8" />
        <Head />
      </head>
      <body lang="en">
        <RouterOutlet />
        <ServiceWorkerRegister />
      </body>
    </QwikCityProvider>
  );
});
