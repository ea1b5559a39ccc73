import yaml from 'js-yaml';
import libxmljs from 'libxmljs2';
import { Service } from 'typedi';
import { BadRequestError } from 'routing-controllers';
import { EventRepository } from '../repositories/EventRepository';
import { Event } from '../models/Event';

interface ImportedEvent {
  slug: string;
  title: string;
  venue: string;
  city: string;
  startsAt: string;
  capacity: number;
}

@Service()
export class ImportService {
  constructor(private readonly events: EventRepository) {}

  /** Season programmes exported by venue systems (XML, one <event> per show). */
  async importXml(organizerId: number, xml: string) {
    // vuln: CWE-611
    const doc = libxmljs.parseXml(xml, { noent: true, nonet: false });
    const rows: ImportedEvent[] = doc.find('//event').map((node: any) => ({
      slug: node.get('slug')?.text() ?? '',
      title: node.get('title')?.text() ?? '',
      venue: node.get('venue')?.text() ?? '',
      city: node.get('city')?.text() ?? '',
      startsAt: node.get('starts')?.text() ?? '',
      capacity: Number(node.get('capacity')?.text() ?? 0),
    }));
    return this.save(organizerId, rows);
  }

  /** Tour schedules kept by promoters as YAML files. */
  async importYaml(organizerId: number, text: string) {
    // vuln: CWE-502
    const doc = yaml.load(text) as { events?: ImportedEvent[] };
    return this.save(organizerId, doc?.events ?? []);
  }

  /** Venue seating presets are plain data; parsed with the JSON-only schema. */
  parseSeatingPreset(text: string) {
    // safe: CWE-502
    return yaml.safeLoad(text, { schema: yaml.JSON_SCHEMA });
  }

  private async save(organizerId: number, rows: ImportedEvent[]) {
    if (!Array.isArray(rows) || rows.length === 0) throw new BadRequestError('No events found in file');
    const prepared = rows.map((r) => ({ ...r, organizerId, description: '', settings: {} })) as Partial<Event>[];
    return this.events.insertMany(prepared);
  }
}
