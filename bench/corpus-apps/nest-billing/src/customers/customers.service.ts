import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Customer, CustomerDocument } from './customer.schema';

@Injectable()
export class CustomersService {
  constructor(@InjectModel(Customer.name) private readonly customerModel: Model<CustomerDocument>) {}

  find(filter: Record<string, unknown>) {
    // vuln: CWE-943
    return this.customerModel.find(filter).limit(100).exec();
  }

  byTag(tag: string) {
    // vuln: CWE-943
    return this.customerModel.find({ $where: `this.tags.indexOf('${tag}') >= 0` }).exec();
  }

  byId(id: string) {
    // safe: CWE-943
    return this.customerModel.findById(id).exec();
  }

  byEmail(email: string) {
    // safe: CWE-943
    return this.customerModel.findOne({ email: { $eq: email } }).exec();
  }
}
