// Client-side display code: decoding to show the user's name gates nothing on the server.
import { jwtDecode } from 'jwt-decode';
import { useMemo } from 'react';

interface Claims { name: string; email: string; exp: number }

export function UserBadge({ token }: { token: string }) {
  // ok: js/jwt-decode-without-verify
  const claims = useMemo(() => jwtDecode<Claims>(token), [token]);
  // ok: js/jwt-decode-without-verify
  const expired = jwtDecode<Claims>(token).exp * 1000 < Date.now();
  return <span title={claims.email}>{expired ? 'Session expired' : claims.name}</span>;
}
