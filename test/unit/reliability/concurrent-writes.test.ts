// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Repository } from '../../../core/db/repository';
import { newId, nowIso } from '../../../core/model';
import { freshDatabaseName, openTracked } from '../support/database';
import { annotation, articleMetadata } from '../support/records';

describe('three writers at the same moment', () => {
  it('stores every annotation once: none lost, none doubled, retries included', async () => {
    const name = freshDatabaseName();
    // Two tabs' saves reach the background's connection; the side panel writes through its own.
    const background = new Repository(openTracked(name));
    const sidePanel = new Repository(openTracked(name));
    // 200 a writer in real browsers (test/e2e/faults.e2e.ts); fake-indexeddb queues slowly.
    const PER_WRITER = 60;
    const made = (writer: string, i: number) =>
      annotation({ id: newId(), note: `${writer} ${i}`, created: nowIso(), updated: nowIso() });

    const tab = (writer: string) =>
      Array.from({ length: PER_WRITER }, async (_, i) => {
        const a = made(writer, i);
        await background.upsertArticle(articleMetadata(), nowIso());
        const first = await background.saveAnnotation(a);
        // Every tenth save is sent again, as a page does when the worker stopped mid-save.
        const again = i % 10 === 0 ? await background.saveAnnotation(a) : 'unchanged';
        return [first, again];
      });
    const panel = Array.from({ length: PER_WRITER }, async (_, i) => [
      await sidePanel.saveAnnotation(made('panel', i)),
    ]);

    const outcomes = (await Promise.all([...tab('tab A'), ...tab('tab B'), ...panel])).flat();
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(3 * PER_WRITER);
    expect(outcomes.filter((o) => o !== 'created').every((o) => o === 'unchanged')).toBe(true);

    const stored = (await new Repository(openTracked(name)).readLibrary()).annotations;
    expect(stored).toHaveLength(3 * PER_WRITER);
    expect(new Set(stored.map((a) => a.id)).size).toBe(3 * PER_WRITER);
    for (const writer of ['tab A', 'tab B', 'panel']) {
      const notes = stored.filter((a) => a.note.startsWith(`${writer} `)).map((a) => Number(a.note.split(' ').pop()));
      expect(notes.sort((x, y) => x - y)).toEqual(Array.from({ length: PER_WRITER }, (_, i) => i));
    }
    expect(await background.db.articles.count()).toBe(1);
  }, 30_000);
});
