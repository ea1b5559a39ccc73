import { XMLParser } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { User } from '../models/User.js';

const PROFILE_FIELDS = ['displayName', 'bio'];

/** Profile export from the old Circlespace desktop client (YAML). */
export async function importProfile(user, text) {
  // vuln: CWE-502
  const doc = yaml.load(text);
  if (!doc || typeof doc !== 'object') throw new Error('Not a profile file');
  for (const field of PROFILE_FIELDS) {
    if (typeof doc[field] === 'string') user[field] = doc[field];
  }
  if (typeof doc.website === 'string' && /^https?:\/\//i.test(doc.website)) user.website = doc.website;
  if (Array.isArray(doc.mutedWords)) user.mutedWords = doc.mutedWords.map(String).slice(0, 200);
  await user.save();
  return user;
}

/** Mute-word list shared between users as a small YAML file. */
export async function importMutedWords(user, text) {
  // safe: CWE-502
  const words = yaml.safeLoad(text);
  if (!Array.isArray(words)) throw new Error('Expected a list of words');
  user.mutedWords = [...new Set([...user.mutedWords, ...words.map(String)])].slice(0, 200);
  await user.save();
  return user.mutedWords;
}

/** Follow list as OPML (exported by feed readers and other networks). */
export async function importFollowList(user, xml) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  // safe: CWE-611
  const opml = parser.parse(xml);
  let outlines = opml?.opml?.body?.outline ?? [];
  if (!Array.isArray(outlines)) outlines = [outlines];
  const usernames = outlines.map((o) => String(o.username || o.text || '')).filter(Boolean).slice(0, 500);
  const found = await User.find({ username: { $in: usernames } }).select('_id');
  user.following = [...new Set([...user.following.map(String), ...found.map((u) => String(u._id))])];
  await user.save();
  return found.length;
}
