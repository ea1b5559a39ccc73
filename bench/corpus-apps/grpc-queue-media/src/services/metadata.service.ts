import { assetDao } from '../dao/asset.dao';
import { invalid, notFound } from '../grpc/errors';
import { storagePath } from '../media/paths';
import * as exiftool from '../media/exiftool';

export class MetadataService {
  async preset(partnerId: string, assetId: string, preset: string) {
    const asset = await assetDao.findById(partnerId, assetId);
    if (!asset) throw notFound('asset');
    if (!(preset in exiftool.TAG_PRESETS)) throw invalid('unknown preset');
    return exiftool.readPreset(storagePath(asset.storage_key), preset);
  }

  async custom(partnerId: string, assetId: string, fields: string[]) {
    const asset = await assetDao.findById(partnerId, assetId);
    if (!asset) throw notFound('asset');
    if (fields.length > 40) throw invalid('too many fields');
    return exiftool.readTags(storagePath(asset.storage_key), fields);
  }
}

export const metadataService = new MetadataService();
