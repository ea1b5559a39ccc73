// NextAuth.js: the session token cookie is Secure on an https site unless its options say otherwise.
import NextAuth, { type NextAuthOptions } from 'next-auth';
import GitHubProvider from 'next-auth/providers/github';

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  providers: [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  cookies: {
    sessionToken: {
      name: 'crm.session-token',
      options: {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        // ruleid: js/cookie-without-secure
        secure: false,
      },
    },
    callbackUrl: {
      name: 'crm.callback-url',
      // ok: js/cookie-without-secure
      options: { sameSite: 'lax', path: '/', secure: false },
    },
  },
};

export default NextAuth(authOptions);
