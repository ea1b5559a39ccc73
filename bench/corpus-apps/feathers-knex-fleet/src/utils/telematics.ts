import https from 'node:https'
import axios from 'axios'

/**
 * TrackHub telematics API client. Their staging endpoint uses a self-signed
 * certificate and production sits behind the same load balancer config.
 */
const agent = new https.Agent({
  keepAlive: true,
  // vuln: CWE-295
  rejectUnauthorized: false
})

export function createTelematicsClient(baseUrl: string, apiKey: string | undefined) {
  const http = axios.create({
    baseURL: baseUrl,
    httpsAgent: agent,
    timeout: 8000,
    headers: { authorization: `Bearer ${apiKey ?? ''}` }
  })

  return {
    /** Latest position of one device (device ids are our own, stored on the vehicle row). */
    async position(deviceId: string) {
      // safe: CWE-918
      const { data } = await http.get(`/devices/${encodeURIComponent(deviceId)}/position`)
      return data as { lat: number; lng: number; speedKmh: number; at: string }
    },
    async odometer(deviceId: string) {
      const { data } = await http.get(`/devices/${encodeURIComponent(deviceId)}/odometer`)
      return Number(data.km)
    }
  }
}
