import { describe, expect, it } from 'vitest';
import { applyChangeSet } from '../../../core/db/change-set';
import { DEFAULT_VERDICTS, getVerdictScale, renameVerdict, setVerdictScale } from '../../../core/db/settings';
import { deleteTag, renameTag, tagCounts } from '../../../core/db/tag-operations';
import { freshRepository } from '../support/database';
import { annotation } from '../support/records';

async function seedTags() {
  const repo = freshRepository();
  await repo.saveAnnotation(annotation({ id: 'a', tags: ['syria', 'diplomacy'] }));
  await repo.saveAnnotation(annotation({ id: 'b', tags: ['syria'] }));
  await repo.saveAnnotation(annotation({ id: 'c', tags: ['Diplomacy'] }));
  return repo;
}

describe('tags', () => {
  it('counts every tag, most used first', async () => {
    const repo = await seedTags();
    expect(await tagCounts(repo.db)).toEqual([
      { tag: 'syria', count: 2 },
      { tag: 'diplomacy', count: 1 },
      { tag: 'Diplomacy', count: 1 },
    ]);
  });

  it('renames a tag everywhere, merging into an existing one', async () => {
    const repo = await seedTags();
    await renameTag(repo.db, 'diplomacy', 'Diplomacy');
    expect((await repo.getAnnotation('a'))?.tags).toEqual(['syria', 'Diplomacy']);
    expect((await repo.annotationsByTag('diplomacy')).length).toBe(0);
    expect((await repo.annotationsByTag('Diplomacy')).map((a) => a.id).sort()).toEqual(['a', 'c']);
    await expect(renameTag(repo.db, 'syria', ' ')).rejects.toThrow();
  });

  it('deletes a tag everywhere; undo puts it back', async () => {
    const repo = await seedTags();
    const undo = await deleteTag(repo.db, 'syria');
    expect((await repo.annotationsByTag('syria')).length).toBe(0);
    expect((await repo.getAnnotation('a'))?.tags).toEqual(['diplomacy']);
    await applyChangeSet(repo.db, undo);
    expect((await repo.annotationsByTag('syria')).map((a) => a.id).sort()).toEqual(['a', 'b']);
  });
});

describe('verdict scale', () => {
  it('starts with the default scale and keeps what the reader sets', async () => {
    const repo = freshRepository();
    expect(await getVerdictScale(repo.db)).toEqual([...DEFAULT_VERDICTS]);
    await setVerdictScale(repo.db, ['Unrated', 'Accurate', 'Inaccurate', 'Accurate']);
    expect(await getVerdictScale(repo.db)).toEqual(['Unrated', 'Accurate', 'Inaccurate']);
    await expect(setVerdictScale(repo.db, [])).rejects.toThrow();
  });

  it('renames a rating on the scale and on every claim; undo restores both', async () => {
    const repo = freshRepository();
    const claim = (id: string, verdict: string) =>
      annotation({ id, kind: 'claim', claim: { aboutIds: [], verdict, evidence: [] } });
    await repo.saveAnnotation(claim('x', 'Half true'));
    await repo.saveAnnotation(claim('y', 'False'));
    const undo = await renameVerdict(repo.db, 'Half true', 'Partly true');
    expect(await getVerdictScale(repo.db)).toContain('Partly true');
    expect((await repo.getAnnotation('x'))?.claim?.verdict).toBe('Partly true');
    expect((await repo.getAnnotation('y'))?.claim?.verdict).toBe('False');
    await expect(renameVerdict(repo.db, 'False', 'True')).rejects.toThrow(/already/);
    await applyChangeSet(repo.db, undo);
    expect((await repo.getAnnotation('x'))?.claim?.verdict).toBe('Half true');
    expect(await getVerdictScale(repo.db)).toContain('Half true');
  });
});
