import https from 'https';
import axios from 'axios';
import { Service } from 'typedi';
import { config } from '../config';

/**
 * The on-site box office runs on a venue laptop with a self-signed certificate; sales made at the
 * door are pushed to it so that capacity stays in sync.
 */
@Service()
export class BoxOfficeClient {
  private readonly http = axios.create({
    baseURL: config.partners.boxOfficeUrl,
    timeout: 5_000,
    // vuln: CWE-295
    httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  });

  async pushSale(eventId: number, quantity: number) {
    await this.http.post(`/events/${eventId}/sales`, { quantity });
  }
}
