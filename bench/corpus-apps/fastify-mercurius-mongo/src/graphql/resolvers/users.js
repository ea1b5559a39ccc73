import argon2 from 'argon2'
import { ObjectId } from 'mongodb'
import { requireUser } from '../context.js'
import { issueToken } from '../../plugins/auth.js'
import { mergeDeep } from '../../utils/merge.js'
import { gravatarHash } from '../../utils/crypto.js'

const toUser = (doc) => doc && { ...doc, id: String(doc._id) }

async function loadUser(db, id) {
  return db.collection('users').findOne({ _id: new ObjectId(String(id)) }, { projection: { passwordHash: 0 } })
}

export const userQueries = {
  me: async (_root, _args, context) => {
    if (!context.user) return null
    return toUser(await loadUser(context.db, context.user.id))
  },
}

export const userMutations = {
  register: async (_root, { email, password, name }, { db }) => {
    if (password.length < 10) throw new Error('Password must have at least 10 characters')
    // safe: CWE-916
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id })
    const doc = { email: email.toLowerCase(), passwordHash, name: name ?? null, role: 'customer', profile: {}, createdAt: new Date() }
    const { insertedId } = await db.collection('users').insertOne(doc)
    const user = { ...doc, _id: insertedId }
    return { token: issueToken(user), user: toUser(user) }
  },

  login: async (_root, { email, password }, { db }) => {
    const user = await db.collection('users').findOne({ email: String(email).toLowerCase() })
    if (!user || !(await argon2.verify(user.passwordHash, password))) {
      throw new Error('Invalid email or password')
    }
    return { token: issueToken(user), user: toUser(user) }
  },

  updateProfile: async (_root, { patch }, context) => {
    const { id } = requireUser(context)
    const user = await loadUser(context.db, id)
    const profile = mergeDeep(user.profile ?? {}, patch)
    await context.db.collection('users').updateOne({ _id: user._id }, { $set: { profile } })
    return toUser({ ...user, profile })
  },

  /**
   * Lets customers paste a link to a picture instead of uploading one;
   * the image is copied so that we do not hotlink.
   */
  setAvatarFromUrl: async (_root, { url }, context) => {
    const { id } = requireUser(context)
    // vuln: CWE-918
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
    const type = res.headers.get('content-type') ?? ''
    if (!res.ok || !type.startsWith('image/')) throw new Error('The link does not point to an image')
    const bytes = Buffer.from(await res.arrayBuffer())
    const { insertedId } = await context.db.collection('avatars').insertOne({ userId: id, type, bytes, createdAt: new Date() })
    const avatarUrl = `/media/avatars/${insertedId}`
    await context.db.collection('users').updateOne({ _id: new ObjectId(id) }, { $set: { avatarUrl } })
    return toUser(await loadUser(context.db, id))
  },

  useGravatar: async (_root, _args, context) => {
    const { id } = requireUser(context)
    const user = await loadUser(context.db, id)
    // safe: CWE-918
    const res = await fetch(`https://www.gravatar.com/avatar/${gravatarHash(user.email)}?d=404`, { method: 'HEAD' })
    const avatarUrl = res.ok ? `https://www.gravatar.com/avatar/${gravatarHash(user.email)}` : null
    await context.db.collection('users').updateOne({ _id: user._id }, { $set: { avatarUrl } })
    return toUser({ ...user, avatarUrl })
  },
}
