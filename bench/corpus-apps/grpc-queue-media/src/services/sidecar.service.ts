import libxmljs from 'libxmljs2';
import { invalid } from '../grpc/errors';

export interface Sidecar {
  title: string;
  synopsis: string;
  territory: string;
  tags: string[];
  rating?: string;
}

export interface PackageManifest {
  packageId: string;
  files: string[];
}

function text(doc: libxmljs.Document, xpath: string): string {
  const node = doc.get(xpath) as libxmljs.Element | null;
  return node ? node.text().trim() : '';
}

/** Per-title XML sidecar (CableLabs-ish `<title>`, `<synopsis>`, `<territory>`, `<keyword>`). */
export function parseSidecar(xml: string): Sidecar {
  let doc: libxmljs.Document;
  try {
    // vuln: CWE-611
    doc = libxmljs.parseXml(xml, { noent: true, nonet: true, noblanks: true });
  } catch {
    throw invalid('sidecar is not well-formed XML');
  }
  return {
    title: text(doc, '//title'),
    synopsis: text(doc, '//synopsis'),
    territory: text(doc, '//territory'),
    tags: (doc.find('//keyword') as libxmljs.Element[]).map((k) => k.text().trim()),
    rating: text(doc, '//rating') || undefined,
  };
}

/** Package manifest (`manifest.xml` at the bundle root). */
export function parseManifest(xml: string): PackageManifest {
  // safe: CWE-611
  const doc = libxmljs.parseXml(xml, { nonet: true, noblanks: true });
  return {
    packageId: text(doc, '/package/@id') || text(doc, '//packageId'),
    files: (doc.find('//file') as libxmljs.Element[]).map((f) => f.attr('name')?.value() ?? '').filter(Boolean),
  };
}
