import * as v from 'valibot';
import { nowIso } from '../model';
import { emptyChangeSet, type ChangeSet } from './change-set';
import type { MarginaliaDatabase } from './database';

/** The rating scale a new library starts with; the reader may rename or add ratings. */
export const DEFAULT_VERDICTS = [
  'Unrated',
  'True',
  'Mostly true',
  'Half true',
  'Mostly false',
  'False',
  'Misleading',
  'Unverifiable',
] as const;

const VerdictScaleSchema = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1))), v.minLength(1));
const VERDICTS_KEY = 'verdictScale';

export async function getVerdictScale(db: MarginaliaDatabase): Promise<string[]> {
  const stored = await db.settings.get(VERDICTS_KEY);
  const parsed = v.safeParse(VerdictScaleSchema, stored?.value);
  return parsed.success ? parsed.output : [...DEFAULT_VERDICTS];
}

export async function setVerdictScale(db: MarginaliaDatabase, scale: string[]): Promise<void> {
  const clean = [...new Set(v.parse(VerdictScaleSchema, scale))];
  await db.settings.put({ key: VERDICTS_KEY, value: clean });
}

/** Renames a rating on the scale and on every claim that carries it, in one transaction. */
export async function renameVerdict(db: MarginaliaDatabase, from: string, to: string): Promise<ChangeSet> {
  const target = to.trim();
  if (!target) throw new Error('A rating needs a name.');
  return db.transaction('rw', db.annotations, db.settings, async () => {
    const before = await db.settings.get(VERDICTS_KEY);
    const scale = await getVerdictScale(db);
    if (!scale.includes(from)) throw new Error(`“${from}” is not on the rating scale.`);
    if (from !== target && scale.includes(target)) throw new Error(`“${target}” is already on the rating scale.`);
    await setVerdictScale(
      db,
      scale.map((verdict) => (verdict === from ? target : verdict)),
    );
    const affected = await db.annotations
      .where('kind')
      .equals('claim')
      .filter((a) => a.claim?.verdict === from)
      .toArray();
    const at = nowIso();
    await db.annotations.bulkPut(affected.map((a) => ({ ...a, claim: { ...a.claim!, verdict: target }, updated: at })));
    const undo = emptyChangeSet();
    undo.restore.annotations = affected;
    undo.restore.settings = [before ?? { key: VERDICTS_KEY, value: scale }];
    return undo;
  });
}
