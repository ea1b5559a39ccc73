import NextAuth, { type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { userRepository } from '@/lib/repositories/users';
import { allowLoginAttempt, verifyPassword } from '@/lib/auth';

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 14 * 24 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        // safe: CWE-307
        if (!allowLoginAttempt(credentials.email.toLowerCase())) return null;
        const user = await userRepository.findByEmail(credentials.email);
        if (!user) return null;
        const ok = await verifyPassword(user, credentials.password);
        if (!ok) return null;
        return { id: String(user.id), email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  cookies: {
    sessionToken: {
      name: 'inkwell.session-token',
      options: {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        // Staging runs behind a TLS-terminating proxy that talks plain HTTP to us.
        // vuln: CWE-614
        secure: false,
      },
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
    async session({ session, token }) {
      (session as { role?: unknown }).role = token.role;
      (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};

export default NextAuth(authOptions);
