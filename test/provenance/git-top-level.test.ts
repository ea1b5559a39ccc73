/**
 * The repository top level and the HEAD commit come from one `git rev-parse` (a pre-commit hook pays
 * for every git process), in the states a repository can be in.
 */
import assert from 'node:assert/strict';
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { forgetGitMemos, headCommit, prefetchRepoTopLevel, repoTopLevel, repoTopLevelSettled } from '../../src/provenance/git.js';
import { TempRepo } from './git-fixture.js';

test('a repository without commits has a top level and no HEAD commit', (t) => {
  forgetGitMemos();
  const r = new TempRepo();
  t.after(() => r.remove());
  mkdirSync(join(r.dir, 'sub'));
  const top = repoTopLevel(join(r.dir, 'sub'));
  assert.equal(top && realpathSync(top), realpathSync(r.dir));
  assert.equal(headCommit(top!), undefined);
});

test('HEAD read with the top level is the commit git names', (t) => {
  forgetGitMemos();
  const r = new TempRepo();
  t.after(() => r.remove());
  r.write('a.js', 'a\n');
  const first = r.commit('one');
  const top = repoTopLevel(r.dir)!;
  assert.equal(headCommit(top), first);
  // A later run of a long-lived process forgets the memos and sees the new commit.
  r.write('a.js', 'b\n');
  const second = r.commit('two');
  assert.notEqual(second, first);
  forgetGitMemos();
  assert.equal(headCommit(repoTopLevel(r.dir)!), second);
});

/** A directory outside any repository and a new repository, both removed after the test; git memos forgotten. */
function freshRepos(t: { after(fn: () => void): void }): { outside: TempRepo; r: TempRepo } {
  forgetGitMemos();
  const outside = new TempRepo(false);
  const r = new TempRepo();
  t.after(() => {
    outside.remove();
    r.remove();
  });
  return { outside, r };
}

test('outside a repository, and inside its .git directory, there is no top level', (t) => {
  const { outside, r } = freshRepos(t);
  assert.equal(repoTopLevel(outside.dir), undefined);
  assert.equal(repoTopLevel(join(r.dir, '.git')), undefined);
});

test('the top level asked for in the background gives the same answers as asking directly', async (t) => {
  const { outside, r } = freshRepos(t);
  r.write('a.js', 'a\n');
  const head = r.commit('one');
  mkdirSync(join(r.dir, 'sub'));
  prefetchRepoTopLevel(join(r.dir, 'sub'));
  prefetchRepoTopLevel(outside.dir);
  const top = await repoTopLevelSettled(join(r.dir, 'sub'));
  assert.equal(top && realpathSync(top), realpathSync(r.dir));
  assert.equal(headCommit(top!), head);
  assert.equal(await repoTopLevelSettled(outside.dir), undefined);
  // Without a prefetch it is the plain question.
  forgetGitMemos();
  assert.equal(await repoTopLevelSettled(r.dir), repoTopLevel(r.dir));
});
