interface ProfileBody {
  displayName?: string
  website?: string | null
  github?: string | null
  bio?: string | null
}

const GITHUB_HANDLE = /^[a-z\d](?:[a-z\d-]{0,38})$/i

export default defineEventHandler(async (event) => {
  const user = requireRole(event, 'author')
  const { displayName, website, github, bio } = await readBody<ProfileBody>(event)

  if (github && !GITHUB_HANDLE.test(github)) {
    throw createError({ statusCode: 422, statusMessage: 'Invalid GitHub handle' })
  }

  await useDb()
    .updateTable('users')
    .set({
      display_name: displayName?.trim() || undefined,
      website: website?.trim() || null,
      github: github || null,
      bio: bio?.slice(0, 500) ?? null
    })
    .where('id', '=', user.id)
    .execute()

  return { ok: true }
})
