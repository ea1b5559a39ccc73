// ESM / TypeScript: default and named imports, Next.js route handler, NestJS service.
import libxml from 'libxmljs2';
import * as libxmljs from 'libxmljs';
import { parseXml } from 'libxmljs2';
import { XMLParser } from 'fast-xml-parser';
import { Injectable } from '@nestjs/common';

export async function POST(request: Request) {
  const body = await request.text();
  // ruleid: js/xxe
  const doc = libxml.parseXml(body, { noent: true, noblanks: true });
  return Response.json({ root: doc.root()?.name() });
}

const PARSE_OPTIONS = { noent: true } as const;

@Injectable()
export class SamlService {
  parseAssertion(xml: string) {
    // ruleid: js/xxe
    return parseXml(xml, PARSE_OPTIONS);
  }

  parseMetadata(xml: string) {
    // ok: js/xxe
    return libxmljs.parseXml(xml, { nonet: true, noblanks: true });
  }

  parseFeed(xml: string) {
    // ok: js/xxe
    return new XMLParser({ processEntities: false }).parse(xml);
  }
}

export function parseUpload(xml: string) {
  // ruleid: js/xxe
  return libxmljs.parseXmlString(xml, { noent: true, dtdload: true, dtdvalid: false });
}
