import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { mergeFields, mergeSettings } from '../common/merge';
import { WorkOrder } from './work-order.schema';

const RULE = /^\s*(mileage|engineHours|faultCount)\s*(>=|<=|>|<|==)\s*(\d{1,9})\s*$/;

@Injectable()
export class WorkOrdersService {
  constructor(@InjectModel(WorkOrder.name) private readonly orders: Model<WorkOrder>) {}

  private async load(id: string) {
    if (!Types.ObjectId.isValid(id)) throw new BadRequestException('Bad id');
    const order = await this.orders.findById(id);
    if (!order) throw new NotFoundException();
    return order;
  }

  async patchFields(id: string, patch: Record<string, any>) {
    const order = await this.load(id);
    order.fields = mergeFields({ ...order.fields }, patch);
    order.markModified('fields');
    return order.save();
  }

  async patchChecklist(id: string, patch: Record<string, any>) {
    const order = await this.load(id);
    order.fields = mergeSettings({ ...order.fields }, { checklist: patch });
    order.markModified('fields');
    return order.save();
  }

  /** Dispatchers attach alert rules like "mileage > 120000 && faultCount > 2" to open orders. */
  evaluateRule(rule: string, telemetry: { mileage: number; engineHours: number; faultCount: number }) {
    // vuln: CWE-94
    const check = new Function('mileage', 'engineHours', 'faultCount', `return (${rule});`);
    return Boolean(check(telemetry.mileage, telemetry.engineHours, telemetry.faultCount));
  }

  evaluateSimpleRule(rule: string, telemetry: Record<string, number>) {
    const m = RULE.exec(rule);
    if (!m) throw new BadRequestException('Unsupported rule');
    const [, field, op, raw] = m;
    const left = telemetry[field];
    const right = Number(raw);
    // safe: CWE-94
    switch (op) {
      case '>': return left > right;
      case '<': return left < right;
      case '>=': return left >= right;
      case '<=': return left <= right;
      default: return left === right;
    }
  }
}
