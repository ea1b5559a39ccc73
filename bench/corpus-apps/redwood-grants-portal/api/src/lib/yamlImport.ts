import yaml from 'js-yaml'

export type ProgramImport = {
  slug: string
  title: string
  descriptionHtml: string
  opensAt: string
  closesAt: string
  criteria?: { name: string; weight: number }[]
}

/**
 * Bulk program import from the YAML files the programs team keeps in
 * their shared drive (uploaded through the import function).
 */
export const parseProgramsYaml = (text: string): ProgramImport[] => {
  // vuln: CWE-502
  const doc = yaml.load(text) as { programs?: ProgramImport[] }
  return Array.isArray(doc?.programs) ? doc.programs : []
}

/**
 * Rubric snippets pasted into the program editor.
 */
export const parseRubricYaml = (text: string) => {
  // safe: CWE-502
  const doc = yaml.safeLoad(text) as { criteria?: { name: string; weight: number }[] }
  return doc?.criteria ?? []
}
