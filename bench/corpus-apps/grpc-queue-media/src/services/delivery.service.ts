import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { config } from '../config';
import { partnerDao, type PartnerRow } from '../dao/partner.dao';
import {
  deliveryRelayClient,
  legacyPartnerCallbackClient,
  partnerCallbackClient,
  verifiedPartnerCallbackClient,
  type DeliveryNotice,
  type PartnerCallbackClient,
} from '../grpc/clients';
import { partnerRoot } from '../media/paths';
import { filterService, type FilterSubject, type Rule } from './filter.service';

function clientFor(partner: PartnerRow): PartnerCallbackClient {
  switch (partner.callback_tls) {
    case 'relay':
      return deliveryRelayClient();
    case 'plaintext':
      return legacyPartnerCallbackClient(partner.callback_endpoint!);
    case 'relaxed':
      return partnerCallbackClient(partner.callback_endpoint!);
    default:
      return verifiedPartnerCallbackClient(partner.callback_endpoint!);
  }
}

export class DeliveryService {
  async shouldDeliver(partnerId: string, subject: FilterSubject): Promise<boolean> {
    const partner = await partnerDao.findById(partnerId);
    if (!partner) return false;
    if (partner.delivery_rules?.length) {
      return filterService.matchesRules(partner.delivery_rules as Rule[], subject);
    }
    return filterService.evaluate(partner.delivery_filter ?? '', subject);
  }

  async notifyPartner(partnerId: string, notice: DeliveryNotice): Promise<void> {
    const partner = await partnerDao.findById(partnerId);
    if (!partner?.callback_endpoint && partner?.callback_tls !== 'relay') return;
    const client = clientFor(partner);
    const metadata = new grpc.Metadata();
    metadata.set('x-rh-partner', partnerId);
    await new Promise<void>((resolve, reject) => {
      client.notifyDelivered(notice, metadata, (err) => (err ? reject(err) : resolve()));
    });
    client.close();
  }

  /** Receipt document attached to a partner's `delivery.completed` event. */
  async storeReceipt(partnerId: string, fileName: string, content: string): Promise<string> {
    const dir = path.join(partnerRoot(partnerId), 'receipts');
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, fileName);
    // vuln: CWE-22
    await fs.writeFile(target, content, 'utf8');
    return target;
  }

  /** Rejection notes are stored under a generated name. */
  async storeRejection(partnerId: string, content: string): Promise<string> {
    const dir = path.join(partnerRoot(partnerId), 'rejections');
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${crypto.randomUUID()}.txt`);
    // safe: CWE-22
    await fs.writeFile(target, content, 'utf8');
    return path.relative(config.mediaRoot, target);
  }
}

export const deliveryService = new DeliveryService();
