import { cleanLabel, toolForIdentity, toolForName, type CompiledTool } from './ai-tools.js';
import { runGit } from './git.js';

/** What one commit says about AI involvement, from its identities, trailers and message. */
export interface CommitProvenance {
  commit: string;
  authorName: string;
  authorEmail: string;
  /** ISO 8601 author time. */
  authorTime: string;
  ai: boolean;
  tool?: string;
  model?: string;
  evidence: string[];
}

// Trailers whose value names an AI helper by definition (an unknown value is still AI).
const AI_TRAILERS = new Set(['assisted-by', 'generated-by', 'ai-assisted-by', 'ai-generated-by', 'ai-assisted', 'ai-tool', 'ai-agent', 'x-ai-tool', 'made-with', 'coding-agent']);
const MODEL_TRAILERS = new Set(['ai-model', 'x-ai-model', 'model']);
// Trailers naming a co-author: AI only when the identity is a known tool.
const COAUTHOR_TRAILERS = new Set(['co-authored-by', 'co-developed-by']);

const TRAILER_LINE = /^([A-Za-z][A-Za-z0-9-]{1,40}):\s*(.+?)\s*$/;
const IDENTITY = /^(.*?)\s*<([^<>]*)>\s*$/;

/** A model named in parentheses or after a colon: "aider (openai/gpt-4o)", "Claude:claude-3-opus". */
function modelFrom(text: string): string | undefined {
  const paren = /\(([^()]{2,80})\)\s*$/.exec(text);
  if (paren && !/^aider$/i.test(paren[1]!.trim())) return cleanLabel(paren[1]!);
  const colon = /^[^:]{2,40}:\s*([A-Za-z0-9][\w.\-/:]{1,80})$/.exec(text.trim());
  return colon ? cleanLabel(colon[1]!) : undefined;
}

/** "Claude Opus 4.5" is a more precise model name than the tool "Claude Code". */
function modelFromDisplayName(name: string, tool: CompiledTool): string | undefined {
  const n = name.trim();
  if (!/\d/.test(n) || tool.aliases.has(n.toLowerCase())) return undefined;
  return cleanLabel(n.replace(/\s*\(.*\)\s*$/, ''));
}

export function classifyCommit(
  tools: CompiledTool[],
  meta: { commit: string; authorName: string; authorEmail: string; committerName: string; committerEmail: string; authorTime: string; message: string },
): CommitProvenance {
  const short = meta.commit.slice(0, 7);
  const out: CommitProvenance = {
    commit: meta.commit, authorName: meta.authorName, authorEmail: meta.authorEmail, authorTime: meta.authorTime, ai: false, evidence: [],
  };
  const note = (tool: string | undefined, model: string | undefined, evidence: string) => {
    out.ai = true;
    if (tool && !out.tool) out.tool = tool;
    if (model && !out.model) out.model = model;
    out.evidence.push(evidence);
  };
  const author = toolForIdentity(tools, meta.authorName, meta.authorEmail);
  if (author) note(author.name, modelFrom(meta.authorName) ?? modelFromDisplayName(meta.authorName, author), `author of ${short} is ${author.name}`);
  const committer = toolForIdentity(tools, meta.committerName, meta.committerEmail);
  if (committer && committer !== author) note(committer.name, undefined, `committer of ${short} is ${committer.name}`);

  for (const rawLine of meta.message.split('\n')) {
    const line = rawLine.trim();
    const trailer = TRAILER_LINE.exec(line);
    if (trailer) {
      const key = trailer[1]!.toLowerCase();
      const value = trailer[2]!;
      if (COAUTHOR_TRAILERS.has(key)) {
        const id = IDENTITY.exec(value);
        const tool = id ? toolForIdentity(tools, id[1]!, id[2]!) : toolForName(tools, value);
        if (tool) note(tool.name, modelFrom(id?.[1] ?? value) ?? modelFromDisplayName(id?.[1] ?? value, tool), `${trailer[1]} trailer in ${short}: ${tool.name}`);
        continue;
      }
      if (AI_TRAILERS.has(key)) {
        const id = IDENTITY.exec(value);
        const label = id ? id[1]! : value;
        const tool = (id ? toolForIdentity(tools, id[1]!, id[2]!) : undefined) ?? toolForName(tools, label.split(':')[0]!);
        note(tool?.name ?? cleanLabel(label.replace(/\s*\(.*\)$/, '').split(':')[0]!, 40), modelFrom(label), `${trailer[1]} trailer in ${short}`);
        continue;
      }
      if (MODEL_TRAILERS.has(key) && out.ai) {
        out.model ??= cleanLabel(value);
        continue;
      }
    }
    for (const tool of tools) {
      if (tool.messageLines.some((r) => r.test(line))) {
        note(tool.name, undefined, `"Generated with" line in ${short}: ${tool.name}`);
        break;
      }
    }
  }
  return out;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * Read and classify many commits with one `git log --no-walk --stdin`, so trailers are parsed
 * once per commit and never once per line.
 */
export function readCommits(top: string, commits: string[], tools: CompiledTool[]): Map<string, CommitProvenance> {
  const out = new Map<string, CommitProvenance>();
  const wanted = [...new Set(commits.filter((c) => /^[0-9a-f]{7,64}$/.test(c)))];
  if (wanted.length === 0) return out;
  const r = runGit(top, ['log', '--no-walk=unsorted', '--stdin', `--format=%H${FIELD}%an${FIELD}%ae${FIELD}%cn${FIELD}%ce${FIELD}%aI${FIELD}%B${RECORD}`], wanted.join('\n') + '\n');
  if (!r.ok) return out;
  for (const rec of r.stdout.split(RECORD)) {
    const parts = rec.replace(/^\n+/, '').split(FIELD);
    if (parts.length < 7 || !parts[0]) continue;
    const [commit, authorName, authorEmail, committerName, committerEmail, authorTime, message] = parts as [string, string, string, string, string, string, string];
    out.set(commit, classifyCommit(tools, { commit, authorName, authorEmail, committerName, committerEmail, authorTime, message }));
  }
  return out;
}
