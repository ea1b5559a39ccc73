export type Session = {
  itemId: string;
  data: { id: string; name: string; email: string; role: "admin" | "organizer" | "staff" };
};

type AccessArgs = { session?: Session };

export function isSignedIn({ session }: AccessArgs) {
  return Boolean(session);
}

export function isAdmin({ session }: AccessArgs) {
  return session?.data.role === "admin";
}

export function isOrganizer({ session }: AccessArgs) {
  return session?.data.role === "admin" || session?.data.role === "organizer";
}

export const rules = {
  ownEventsOnly({ session }: AccessArgs) {
    if (!session) return false;
    if (session.data.role === "admin") return true;
    return { organizer: { id: { equals: session.itemId } } };
  },
  publishedOrOwn({ session }: AccessArgs) {
    if (session?.data.role === "admin") return true;
    if (session) return { OR: [{ status: { equals: "published" } }, { organizer: { id: { equals: session.itemId } } }] };
    return { status: { equals: "published" } };
  },
  ownTicketsOnly({ session }: AccessArgs) {
    if (!session) return false;
    if (session.data.role !== "staff") return true;
    return { event: { staff: { some: { id: { equals: session.itemId } } } } };
  }
};
