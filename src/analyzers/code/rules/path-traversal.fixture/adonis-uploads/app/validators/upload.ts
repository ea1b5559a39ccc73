import vine from '@vinejs/vine'

export const uploadValidator = vine.compile(
  vine.object({
    document: vine.file({ size: '10mb', extnames: ['pdf', 'csv'] }),
  })
)
