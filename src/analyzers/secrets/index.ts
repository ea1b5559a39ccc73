/** The secrets analyzer: provider formats, generic credentials, placeholders, redaction. */
import type { FileAnalyzer } from '../analyzer.js';
import type { ScanNotice } from '../../findings/finding.js';
import { ruleMetaOf } from './rule-row.js';
import { secretRules } from './rules/index.js';
import { detectionKind, secretsSettings } from './settings.js';
import { findingsFromDetections } from './analyze.js';
import { scanLargeFile } from './stream.js';

export const secretsAnalyzer: FileAnalyzer = {
  id: 'secrets',
  rules: secretRules.map(ruleMetaOf),
  // Secrets hide in every kind of text file: code, .env, YAML, Terraform, notebooks, docs.
  appliesTo: () => true,
  // A worker builds the detector (its keyword automaton) while it waits for its first files.
  warmUp(config) {
    try {
      secretsSettings(config);
    } catch {
      /* a bad secrets section is reported with the first file */
    }
  },
  analyzeFile(file, config) {
    const settings = secretsSettings(config);
    if (settings.isAllowedPath(file.path)) return { findings: [], notices: [] };
    const notices: ScanNotice[] = [];
    if (file.text.slice(0, 8000).includes('\u0000')) {
      notices.push({ path: file.path, level: 'skipped', reason: 'binary content', analyzer: 'secrets' });
      return { findings: [], notices };
    }
    const detections = settings.detector.detect(file.text, { kind: detectionKind(file.path, file.kind) });
    return { findings: findingsFromDetections(file.text, detections, { path: file.path, salt: settings.salt }), notices };
  },
  // Logs and dumps over maxFileSize are streamed in chunks instead of skipped.
  analyzeLargeFile(absPath, path, config) {
    const settings = secretsSettings(config);
    if (settings.isAllowedPath(path)) return Promise.resolve({ findings: [], notices: [] });
    return scanLargeFile(absPath, path, settings);
  },
};

export { secretRules } from './rules/index.js';
export { ruleMetaOf } from './rule-row.js';
