import { BaseRepository } from './BaseRepository.js'

export class UserRepository extends BaseRepository {
  constructor(db) {
    super('users', db)
  }

  findByEmail(email) {
    return this.query().whereRaw('lower(email) = lower(?)', [String(email)]).first()
  }

  saveResetToken(userId, token, expiresAt) {
    return this.db('password_resets').insert({ user_id: userId, token, expires_at: expiresAt })
  }

  getSettings(employerId) {
    return this.db('employers').where({ id: employerId }).first('settings')
  }

  saveSettings(employerId, settings) {
    return this.db('employers').where({ id: employerId }).update({ settings: JSON.stringify(settings) })
  }
}
