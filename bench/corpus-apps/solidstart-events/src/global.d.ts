/// <reference types="@solidjs/start/env" />

declare module '@solidjs/start/server' {
  interface RequestEventLocals {
    organiser?: { id: number; name: string };
    scanner?: { deviceId: string; eventId: number };
    requestId: string;
  }
}

export {};
