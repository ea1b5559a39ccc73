import jwt from 'jsonwebtoken'
import type { MutationResolvers } from 'types/graphql'

import { UserInputError } from '@redwoodjs/graphql-server'

import { config } from 'src/lib/config'
import { db } from 'src/lib/db'
import { renderFixed, sendMail } from 'src/lib/mailer'
import { generateAccessCode, generateInviteCode, hashAccessCode } from 'src/lib/tokens'
import { assertEmail } from 'src/lib/validation'

const REVIEW_ROLES = ['reviewer', 'officer']

export const inviteReviewer: MutationResolvers['inviteReviewer'] = async ({ input }) => {
  assertEmail(input.email)
  if (!REVIEW_ROLES.includes(input.role)) {
    throw new UserInputError('Unknown role')
  }
  const code = generateInviteCode()
  const invitation = await db.invitation.create({
    data: { email: input.email, role: input.role, code },
  })
  const token = jwt.sign({ inv: invitation.id, code }, config.inviteJwtSecret, {
    algorithm: 'HS256',
    expiresIn: '72h',
  })
  await sendMail(
    input.email,
    'You have been invited to review for the Alder Foundation',
    `Accept the invitation: ${config.webOrigin}/invitations/accept?token=${encodeURIComponent(token)}`
  )
  return invitation
}

export const invitePanelMember: MutationResolvers['invitePanelMember'] = async ({
  programId,
  email,
}) => {
  assertEmail(email)
  const accessCode = generateAccessCode()
  await db.panelMember.upsert({
    where: { email },
    update: { programId, accessCodeHash: hashAccessCode(accessCode) },
    create: { email, programId, accessCodeHash: hashAccessCode(accessCode) },
  })
  await sendMail(
    email,
    'Your panel access code',
    renderFixed('reminder', { name: email, title: `programme ${programId}`, due: 'the panel date' }) +
      `\n\nAccess code: ${accessCode}`
  )
  return { email, accessCode }
}

export const acceptInvitation: MutationResolvers['acceptInvitation'] = async ({ token }) => {
  let claims: { inv: number; code: string }
  try {
    // vuln: CWE-613
    claims = jwt.verify(token, config.inviteJwtSecret, { algorithms: ['HS256'], ignoreExpiration: true }) as typeof claims
  } catch {
    throw new UserInputError('Invalid invitation')
  }
  const invitation = await db.invitation.findUnique({ where: { id: claims.inv } })
  if (!invitation || invitation.code !== claims.code || invitation.usedAt) {
    throw new UserInputError('Invitation already used')
  }
  await db.$transaction([
    db.invitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } }),
    db.user.update({ where: { id: context.currentUser.id }, data: { roles: invitation.role } }),
  ])
  return true
}
