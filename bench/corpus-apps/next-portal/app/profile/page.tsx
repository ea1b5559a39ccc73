import { redirect } from 'next/navigation';
import { getSession } from '../../lib/session';
import { prisma } from '../../lib/prisma';
import { updateBio, updateName } from '../actions';

export default async function ProfilePage() {
  const session = getSession();
  if (!session) redirect('/login');
  const profile = await prisma.profile.findUnique({ where: { userId: session.userId } });
  return (
    <main>
      <h1>{profile?.name}</h1>
      {session.role === 'admin' && <a href="/admin">Admin</a>}
      <form action={updateName}>
        <input name="name" defaultValue={profile?.name ?? ''} />
        <button>Save</button>
      </form>
      <form action={updateBio}>
        <textarea name="bio" defaultValue={profile?.bio ?? ''} />
        <button>Save</button>
      </form>
    </main>
  );
}
