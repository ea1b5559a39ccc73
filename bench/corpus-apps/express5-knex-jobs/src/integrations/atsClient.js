import https from 'node:https'
import axios from 'axios'
import { config } from '../config/index.js'

/**
 * Thin client for the partner ATS ("Harvest") API. Their staging and some
 * customer-hosted instances use a private CA.
 */
class AtsClient {
  constructor({ baseURL, token }) {
    this.http = axios.create({
      baseURL,
      timeout: 15_000,
      headers: { Authorization: `Token ${token}`, Accept: 'application/json' },
      // vuln: CWE-295
      httpsAgent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
    })
  }

  async getCandidate(candidateId) {
    const { data } = await this.http.get(`/candidates/${encodeURIComponent(String(candidateId))}`)
    return {
      id: data.id,
      name: `${data.first_name} ${data.last_name}`,
      emails: (data.email_addresses ?? []).map((e) => e.value),
      tags: data.tags ?? [],
    }
  }

  async pushStatus(candidateId, status) {
    const { data } = await this.http.patch(`/candidates/${encodeURIComponent(String(candidateId))}`, {
      custom_fields: { pipeline_status: status },
    })
    return data
  }
}

export const atsClient = new AtsClient(config.ats)
