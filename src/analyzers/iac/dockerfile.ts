/** A parsed Dockerfile (dockerfile-ast keeps every instruction's range), split into build stages. */
import { createRequire } from 'node:module';
import type { Dockerfile, From, Instruction } from 'dockerfile-ast';

// Loaded on the first Dockerfile (with the language-server types it brings): most scans and every
// hook on a source file have none.
let parser: typeof import('dockerfile-ast').DockerfileParser | undefined;

export interface Stage { from: From; name?: string; instructions: Instruction[] }
export interface DockerDoc { path: string; file: Dockerfile; stages: Stage[] }

export function parseDockerfile(path: string, text: string): DockerDoc {
  parser ??= (createRequire(import.meta.url)('dockerfile-ast') as typeof import('dockerfile-ast')).DockerfileParser;
  const file = parser.parse(text);
  const stages: Stage[] = [];
  for (const ins of file.getInstructions()) {
    if (ins.getKeyword() === 'FROM') {
      const from = ins as From;
      stages.push({ from, name: from.getBuildStage() ?? undefined, instructions: [] });
    } else stages.at(-1)?.instructions.push(ins);
  }
  return { path, file, stages };
}

/** 1-based line of an instruction. */
export function lineOfIns(ins: Instruction): number {
  return ins.getRange().start.line + 1;
}
