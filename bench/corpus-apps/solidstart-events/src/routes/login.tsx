import { useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { login, organiserLogin } from '~/lib/api';
import { resendTickets } from '~/lib/api/events';

export default function Login() {
  const [params] = useSearchParams();
  const attendee = useSubmission(login);
  const organiser = useSubmission(organiserLogin);
  const resend = useSubmission(resendTickets);
  const asOrganiser = () => params.as === 'organiser';
  return (
    <main>
      <Show
        when={asOrganiser()}
        fallback={
          <form action={login} method="post">
            <h1>Sign in</h1>
            <input type="hidden" name="returnTo" value={(params.returnTo as string) ?? '/'} />
            <label>E-mail <input name="email" type="email" autocomplete="username" /></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" /></label>
            <label><input name="remember" type="checkbox" /> Keep me signed in</label>
            <button type="submit" disabled={attendee.pending}>Sign in</button>
            <Show when={attendee.result instanceof Error}>
              <p class="error" textContent={(attendee.result as Error).message} />
            </Show>
          </form>
        }
      >
        <form action={organiserLogin} method="post">
          <h1>Organiser sign in</h1>
          <input type="hidden" name="returnTo" value={(params.returnTo as string) ?? '/organiser'} />
          <label>E-mail <input name="email" type="email" /></label>
          <label>Password <input name="password" type="password" /></label>
          <button type="submit" disabled={organiser.pending}>Sign in</button>
          <Show when={organiser.result instanceof Error}>
            <p class="error" textContent={(organiser.result as Error).message} />
          </Show>
        </form>
      </Show>

      <form action={resendTickets} method="post" class="resend">
        <h2>Bought without an account?</h2>
        <label>E-mail used for the tickets <input name="email" type="email" required /></label>
        <button type="submit" disabled={resend.pending}>Send my tickets again</button>
        <Show when={resend.result?.sent}>
          <p>If we found tickets for that address, they are on their way.</p>
        </Show>
      </form>
    </main>
  );
}
