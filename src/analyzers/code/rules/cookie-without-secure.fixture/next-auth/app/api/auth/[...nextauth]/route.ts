// App router: options written inline; the defaults (and a secure flag from the environment) are fine.
import NextAuth from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';

// ok: js/cookie-without-secure
const handler = NextAuth({
  providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
  cookies: {
    sessionToken: {
      name: 'portal.session',
      // ok: js/cookie-without-secure
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: process.env.NODE_ENV === 'production' },
    },
  },
});

export { handler as GET, handler as POST };
