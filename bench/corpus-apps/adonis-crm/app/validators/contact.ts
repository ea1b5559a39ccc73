import vine from '@vinejs/vine'

export const createContactValidator = vine.compile(
  vine.object({
    firstName: vine.string().trim().maxLength(80),
    lastName: vine.string().trim().maxLength(80),
    email: vine.string().trim().email().normalizeEmail(),
    company: vine.string().trim().maxLength(120).optional(),
    notes: vine.string().maxLength(4000).optional(),
  })
)

export const contactSearchValidator = vine.compile(
  vine.object({
    q: vine.string().trim().maxLength(100).optional(),
    sort: vine.enum(['first_name', 'last_name', 'created_at', 'company']).optional(),
    direction: vine.enum(['asc', 'desc']).optional(),
    page: vine.number().positive().withoutDecimals().optional(),
  })
)

export const attachmentValidator = vine.compile(
  vine.object({
    document: vine.file({
      size: '10mb',
      extnames: ['pdf', 'docx', 'png', 'jpg', 'csv'],
    }),
  })
)
