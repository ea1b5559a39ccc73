import { PrismaAdapter } from '@next-auth/prisma-adapter';
import { getServerSession, type DefaultSession, type NextAuthOptions } from 'next-auth';
import GitHubProvider from 'next-auth/providers/github';
import { env } from '~/env';
import { db } from '~/server/db';

declare module 'next-auth' {
  interface Session extends DefaultSession {
    user: DefaultSession['user'] & { id: string; role: string };
  }
}

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db),
  // safe: CWE-798
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60 },
  providers: [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })],
  callbacks: {
    session: ({ session, user }) => ({
      ...session,
      user: { ...session.user, id: user.id, role: (user as { role?: string }).role ?? 'customer' },
    }),
  },
};

export const getServerAuthSession = () => getServerSession(authOptions);
