import { DateTime } from 'luxon'
import { BaseModel, column, belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Contact from '#models/contact'

export default class Deal extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare workspaceId: number

  @column()
  declare contactId: number

  @column()
  declare title: string

  @column()
  declare stage: string

  @column()
  declare amountCents: number

  @column()
  declare currency: string

  @belongsTo(() => Contact)
  declare contact: BelongsTo<typeof Contact>

  @column.dateTime()
  declare closesAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
