import { MetaProvider, Title } from '@solidjs/meta';
import { A, Router, createAsync } from '@solidjs/router';
import { FileRoutes } from '@solidjs/start/router';
import { ErrorBoundary, Show, Suspense } from 'solid-js';
import { currentUser, logout } from '~/lib/api';

function Nav() {
  const user = createAsync(() => currentUser());
  return (
    <nav class="nav">
      <A href="/">Tixly</A>
      <A href="/login">Find my tickets</A>
      <Show when={user()} fallback={<A href="/login">Sign in</A>}>
        {(u) => (
          <form action={logout} method="post">
            <span textContent={u().email ?? ''} />
            <button type="submit">Sign out</button>
          </form>
        )}
      </Show>
      <A href="/organiser">For organisers</A>
    </nav>
  );
}

export default function App() {
  return (
    <Router
      root={(props) => (
        <MetaProvider>
          <Title>Tixly</Title>
          <Nav />
          <ErrorBoundary
            fallback={(err, retry) => (
              <main class="error">
                <h1>Something went wrong</h1>
                <p>{import.meta.env.DEV ? String(err?.message ?? err) : 'Please try again in a moment.'}</p>
                <button onClick={retry}>Retry</button>
              </main>
            )}
          >
            <Suspense>{props.children}</Suspense>
          </ErrorBoundary>
        </MetaProvider>
      )}
    >
      <FileRoutes />
    </Router>
  );
}
