import {BindingScope, injectable} from '@loopback/core';
import fetch from 'node-fetch';

const CARRIER_API = process.env.CARRIER_API_URL ?? 'https://api.shipco.example/v2';

@injectable({scope: BindingScope.SINGLETON})
export class CarrierService {
  async trackingStatus(trackingNo: string): Promise<unknown> {
    // safe: CWE-918
    const res = await fetch(`${CARRIER_API}/tracking/${encodeURIComponent(trackingNo)}`, {
      headers: {authorization: `Bearer ${process.env.CARRIER_API_KEY}`},
    });
    return res.json();
  }

  // Dealers register a callback that we ping once so they can see it works.
  async pingCallback(callbackUrl: string, rmaId: number): Promise<number> {
    // vuln: CWE-918
    const res = await fetch(callbackUrl, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({type: 'rma.test', rmaId}),
      timeout: 5000,
    });
    return res.status;
  }
}
