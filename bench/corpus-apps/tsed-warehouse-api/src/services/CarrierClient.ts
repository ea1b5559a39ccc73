import { Injectable } from "@tsed/di";
import https from "https";
import { envs } from "../config/envs";
import { carrierAgent } from "../utils/httpAgent";

export interface CarrierQuote {
  service: string;
  price: number;
  currency: string;
  etaDays: number;
}

@Injectable()
export class CarrierClient {
  private request<T>(path: string, body: unknown): Promise<T> {
    const url = new URL(path.replace(/^\/+/, ""), envs.carrierApiUrl.endsWith("/") ? envs.carrierApiUrl : envs.carrierApiUrl + "/");
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        {
          method: "POST",
          agent: carrierAgent,
          headers: { "content-type": "application/json", authorization: `Bearer ${envs.carrierApiKey}` }
        },
        (res) => {
          let data = "";
          res.on("data", (chunk) => (data += chunk));
          res.on("end", () => {
            try {
              resolve(JSON.parse(data) as T);
            } catch (err) {
              reject(err);
            }
          });
        }
      );
      req.on("error", reject);
      req.end(JSON.stringify(body));
    });
  }

  quote(from: string, to: string, weightKg: number): Promise<CarrierQuote[]> {
    return this.request<CarrierQuote[]>("quotes", { from, to, weightKg });
  }

  book(reference: string, service: string): Promise<{ trackingNumber: string; labelZpl: string }> {
    return this.request("shipments", { reference, service });
  }
}
