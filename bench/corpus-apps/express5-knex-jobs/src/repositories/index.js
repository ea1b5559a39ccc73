import { knex } from '../db/knex.js'
import { JobRepository } from './JobRepository.js'
import { ApplicationRepository } from './ApplicationRepository.js'
import { UserRepository } from './UserRepository.js'

export const jobs = new JobRepository(knex)
export const applications = new ApplicationRepository(knex)
export const users = new UserRepository(knex)
