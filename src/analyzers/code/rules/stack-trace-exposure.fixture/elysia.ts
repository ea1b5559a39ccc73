// Elysia's error hook gets the error in its context and answers with what it returns. Inside a
// `case` of a switch on the error's code the error is a known one, with a message for the client.
import { Elysia } from 'elysia';

export const errors = new Elysia()
  .onError({ as: 'global' }, ({ code, error, set }) => {
    switch (code) {
      case 'NOT_FOUND':
        set.status = 404;
        // ok: js/stack-trace-exposure
        return { error: (error as Error).message };
    }
    set.status = 500;
    // ruleid: js/stack-trace-exposure
    return { error: 'Internal error', stack: (error as Error).stack };
  });

export const plain = new Elysia()
  .onError(({ error }) => {
    console.error(error);
    // ok: js/stack-trace-exposure
    return { error: 'Internal error' };
  });
