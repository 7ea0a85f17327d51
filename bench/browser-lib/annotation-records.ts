import type { Annotation } from '../../core/model';

/** A seeded generator (mulberry32): both databases get the very same records every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the minister said talks would resume after the ceasefire collapsed overnight in northern ' +
  'districts where aid convoys were blocked by government forces while rebel groups accused ' +
  'officials of shelling residential areas and hospitals despite international pressure from ' +
  'the united nations security council which called for an immediate humanitarian pause'
).split(' ');

const TAGS = [
  'syria', 'aleppo', 'ceasefire', 'humanitarian', 'un', 'russia', 'turkey', 'iran', 'usa',
  'refugees', 'hospitals', 'airstrikes', 'casualties', 'diplomacy', 'sanctions', 'elections',
  'economy', 'energy', 'media', 'disinformation', 'quote', 'statistic', 'timeline', 'source',
  'follow-up', 'contested', 'verified', 'opinion', 'eyewitness', 'official', 'rebels', 'army',
  'negotiations', 'aid', 'children', 'water', 'food', 'winter', 'evacuation', 'border',
] as const;

const VERDICTS = ['Unrated', 'True', 'Mostly true', 'Half true', 'Misleading', 'False', 'Unproven'];
const COLORS = ['yellow', 'green', 'blue', 'pink'];
const EPOCH = Date.parse('2024-01-01T00:00:00.000Z');

export interface RecordSet {
  annotations: Annotation[];
  articleIds: string[];
  partyIds: string[];
  tags: readonly string[];
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * Annotations as the extension stores them, every field the schema defaults spelled out,
 * so what Repository.saveAnnotation stores after validation equals what raw IndexedDB gets.
 */
export function makeRecords(count: number, articles: number, parties: number, seed = 1): RecordSet {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(WORDS)).join(' ');
  const articleIds = Array.from(
    { length: articles },
    (_, i) => `https://news.example.org/world/2025/${String(i).padStart(4, '0')}/story-${i}.html`,
  );
  const partyIds = Array.from({ length: parties }, () => uuid(random));

  const annotations = Array.from({ length: count }, (_, i): Annotation => {
    const articleId = articleIds[i % articles]!;
    const exact = words(6, 30);
    const start = Math.floor(random() * 20_000);
    const created = new Date(EPOCH + i * 60_000).toISOString();
    const updated = random() < 0.3 ? new Date(EPOCH + i * 60_000 + 3_600_000).toISOString() : created;
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))];
    const roll = random();
    const kind = roll < 0.55 ? 'highlight' : roll < 0.85 ? 'claim' : 'party-mention';
    const base: Annotation = {
      id: uuid(random),
      articleId,
      kind,
      target: {
        source: articleId,
        quote: { type: 'TextQuoteSelector', exact, prefix: words(4, 6), suffix: words(4, 6) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      note: random() < 0.4 ? words(5, 40) : '',
      tags,
      created,
      updated,
    };
    if (kind === 'highlight') return { ...base, color: pick(COLORS) };
    if (kind === 'party-mention') return { ...base, partyId: pick(partyIds) };
    return {
      ...base,
      claim: {
        claimantId: pick(partyIds),
        aboutIds: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(partyIds)))],
        verdict: pick(VERDICTS),
        evidence: Array.from({ length: Math.floor(random() * 3) }, (_, n) => ({
          url: `https://evidence.example.org/report/${i}-${n}`,
          title: words(3, 8),
        })),
      },
    };
  });
  return { annotations, articleIds, partyIds, tags: TAGS };
}
