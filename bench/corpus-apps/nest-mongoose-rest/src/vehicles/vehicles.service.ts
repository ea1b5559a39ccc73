import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { escapeRegExp } from '../common/merge';
import { Vehicle } from './vehicle.schema';
import { SearchVehiclesDto, ServiceDueQuery } from './dto/search-vehicles.dto';

@Injectable()
export class VehiclesService {
  constructor(@InjectModel(Vehicle.name) private readonly vehicles: Model<Vehicle>) {}

  search(depotId: string, dto: SearchVehiclesDto) {
    const filter: FilterQuery<Vehicle> = { depotId };
    if (dto.plate) filter.plate = { $regex: `^${escapeRegExp(dto.plate.toUpperCase())}` };
    if (dto.status) filter.status = dto.status;
    if (dto.minMileage !== undefined) filter.mileage = { $gte: dto.minMileage };
    const page = dto.page ?? 1;
    // safe: CWE-943
    return this.vehicles.find(filter).sort({ plate: 1 }).skip((page - 1) * 50).limit(50).lean();
  }

  /** Free-text lookup from the dispatcher's quick search box. */
  quickFind(depotId: string, q: string) {
    // vuln: CWE-943, CWE-400
    return this.vehicles.find({ depotId, $or: [{ plate: { $regex: q, $options: 'i' } }, { vin: { $regex: q, $options: 'i' } }] }).limit(20).lean();
  }

  /** Vehicles whose mileage since last service exceeds the interval. */
  serviceDue({ depot, overdueBy }: ServiceDueQuery) {
    // vuln: CWE-943
    return this.vehicles.find({ depotId: depot, $where: `this.mileage - this.lastServiceMileage > ${overdueBy}` }).lean();
  }

  serviceDueSafe(depot: string, interval: number) {
    // safe: CWE-943
    return this.vehicles
      .find({ depotId: String(depot), $expr: { $gt: [{ $subtract: ['$mileage', '$lastServiceMileage'] }, interval] } })
      .lean();
  }

  async byPlate(depotId: string, plate: string) {
    const vehicle = await this.vehicles.findOne({ depotId, plate: String(plate).toUpperCase() }).lean();
    if (!vehicle) throw new NotFoundException();
    return vehicle;
  }

  async forPartner(depots: string[], status: unknown) {
    const wanted = typeof status === 'string' ? status : 'active';
    // safe: CWE-943
    return this.vehicles.find({ depotId: { $in: depots.map(String) }, status: wanted }).select('plate make model status').lean();
  }
}
