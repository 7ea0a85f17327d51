import * as v from 'valibot';
import { TimestampSchema, isAnnotatableUrl } from '../../model';
import { recordIdFromIri } from '../iri';
import { ABOUT_LABEL, CLAIMANT_LABEL, PURPOSE } from '../w3c-vocabulary';
import { ImportError } from './errors';

/**
 * An annotation read from another tool's file (W3C Web Annotation or Hypothesis), in
 * terms of our model but not yet tied to records: parties are names, the article is an
 * address. `where` is its path in the file, for messages.
 */
export interface ForeignAnnotation {
  where: string;
  id: string;
  source: string;
  pageTitle: string;
  quote: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
  kind: 'highlight' | 'claim' | 'party-mention';
  note: string;
  tags: string[];
  verdict?: string;
  claimant?: string;
  about: string[];
  mentioned?: string;
  evidence: string[];
  /** Times as the file gives them, in our stored form; either may be missing. */
  created?: string;
  updated?: string;
}

/** Why an annotation in the file is left out, when that is no fault of the file. */
export class Unimportable {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {}
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ImportError(`expected text, found ${describe(value)}`, where);
  return value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Reads one W3C Web Annotation (as we and other tools write them) or one Hypothesis
 * annotation (API or export: `uri`, `text`, `tags`, `target[].selector[]`, `updated`).
 */
export function readForeignAnnotation(raw: unknown, where: string): ForeignAnnotation | Unimportable {
  if (!isObject(raw)) throw new ImportError(`expected an annotation object, found ${describe(raw)}`, where);
  const idValue = raw.id ?? raw['@id'];
  if (typeof idValue !== 'string' || idValue.trim() === '') {
    throw new ImportError(
      'missing: an annotation needs an id, so that importing it again does not double it',
      `${where}.id`,
    );
  }
  const target = pickTarget(raw, where);
  if (target instanceof Unimportable) return target;
  const bodies = readBodies(raw, where);
  const hypothesisText = optionalString(raw.text, `${where}.text`) ?? '';
  const hypothesisTags = list(raw.tags).map((t, i) => {
    const tag = optionalString(t, `${where}.tags[${i}]`) ?? '';
    return tag.trim();
  });
  const motivation = list(raw.motivation).filter((m): m is string => typeof m === 'string');
  const mentioned = bodies.mentioned[0];
  const isClaim = bodies.verdicts.length > 0 || motivation.includes('assessing');
  const kind = mentioned && !isClaim ? 'party-mention' : isClaim ? 'claim' : 'highlight';
  const extraLinks = kind === 'claim' ? [] : bodies.links;
  return {
    where,
    id: recordIdFromIri(idValue.trim()),
    source: target.source,
    pageTitle: documentTitle(raw.document),
    quote: target.quote,
    ...(target.position && { position: target.position }),
    kind,
    note: [hypothesisText, ...bodies.notes, ...extraLinks.map((url) => `Link: ${url}`)]
      .filter((t) => t.trim())
      .join('\n\n'),
    tags: [...new Set([...hypothesisTags, ...bodies.tags].filter(Boolean))],
    ...(kind === 'claim' && { verdict: bodies.verdicts[0] ?? 'Unrated' }),
    ...(kind === 'claim' && bodies.claimant && { claimant: bodies.claimant }),
    about: kind === 'claim' ? bodies.about : [],
    ...(kind === 'party-mention' && { mentioned }),
    evidence: kind === 'claim' ? bodies.links : [],
    created: timestamp(raw.created, `${where}.created`),
    updated: raw.modified !== undefined ? timestamp(raw.modified, `${where}.modified`) : timestamp(raw.updated, `${where}.updated`),
  };
}

/** Another tool's time, in any ISO 8601 form a browser reads, as our stored form. */
function timestamp(value: unknown, where: string): string | undefined {
  const text = optionalString(value, where);
  if (text === undefined) return undefined;
  const strict = v.safeParse(TimestampSchema, text);
  if (strict.success) return strict.output;
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new ImportError(`not a date and time: ${JSON.stringify(text)}`, where);
  return new Date(time).toISOString();
}

interface PickedTarget {
  source: string;
  quote: ForeignAnnotation['quote'];
  position?: { start: number; end: number };
}

/** The first target that quotes text on a web page; page notes and other media are left out. */
function pickTarget(raw: Json, where: string): PickedTarget | Unimportable {
  const targets = list(raw.target);
  if (targets.length === 0) throw new ImportError('missing: an annotation needs a target', `${where}.target`);
  let reason = 'it quotes no text (a page note)';
  for (const [i, target] of targets.entries()) {
    const at = Array.isArray(raw.target) ? `${where}.target[${i}]` : `${where}.target`;
    if (typeof target === 'string') {
      if (!isAnnotatableUrl(target)) reason = 'its target is not a web page';
      continue;
    }
    if (!isObject(target)) throw new ImportError(`expected a target object or address, found ${describe(target)}`, at);
    const sourceValue = isObject(target.source) ? target.source.id : (target.source ?? raw.uri);
    const source = optionalString(sourceValue, `${at}.source`);
    if (!source) throw new ImportError('missing: the address of the annotated page', `${at}.source`);
    if (!isAnnotatableUrl(source)) {
      reason = 'its target is not a web page';
      continue;
    }
    const selectors = list(target.selector);
    const quote = selectors.findIndex((s) => isObject(s) && s.type === 'TextQuoteSelector');
    if (quote < 0) continue;
    const selectorAt = (index: number) =>
      Array.isArray(target.selector) ? `${at}.selector[${index}]` : `${at}.selector`;
    const q = selectors[quote] as Json;
    const exact = optionalString(q.exact, `${selectorAt(quote)}.exact`);
    if (!exact) throw new ImportError('missing or empty: the quoted text', `${selectorAt(quote)}.exact`);
    const positionIndex = selectors.findIndex((s) => isObject(s) && s.type === 'TextPositionSelector');
    return {
      source,
      quote: {
        exact,
        prefix: optionalString(q.prefix, `${selectorAt(quote)}.prefix`) ?? '',
        suffix: optionalString(q.suffix, `${selectorAt(quote)}.suffix`) ?? '',
      },
      ...(positionIndex >= 0 && {
        position: readPosition(selectors[positionIndex] as Json, selectorAt(positionIndex)),
      }),
    };
  }
  return new Unimportable(where, reason);
}

function readPosition(selector: Json, where: string): { start: number; end: number } {
  const offset = (key: 'start' | 'end') => {
    const value = selector[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new ImportError(`expected a whole number of 0 or more, found ${describe(value)}`, `${where}.${key}`);
    }
    return value;
  };
  const start = offset('start');
  const end = offset('end');
  if (end < start) throw new ImportError(`end (${end}) comes before start (${start})`, `${where}.end`);
  return { start, end };
}

interface ReadBodies {
  notes: string[];
  tags: string[];
  verdicts: string[];
  claimant?: string;
  about: string[];
  mentioned: string[];
  links: string[];
}

/** Sorts the bodies by what they are for, as w3c-vocabulary.ts names it. */
function readBodies(raw: Json, where: string): ReadBodies {
  const read: ReadBodies = { notes: [], tags: [], verdicts: [], about: [], mentioned: [], links: [] };
  const bodyValue = optionalString(raw.bodyValue, `${where}.bodyValue`);
  if (bodyValue) read.notes.push(bodyValue);
  const bodies = list(raw.body);
  for (const [i, body] of bodies.entries()) {
    const at = Array.isArray(raw.body) ? `${where}.body[${i}]` : `${where}.body`;
    if (typeof body === 'string') {
      if (isAnnotatableUrl(body)) read.links.push(body);
      continue;
    }
    if (!isObject(body)) throw new ImportError(`expected a body object or address, found ${describe(body)}`, at);
    const purposes = list(body.purpose).filter((p): p is string => typeof p === 'string');
    const value = optionalString(body.value ?? body.chars, `${at}.value`)?.trim();
    if (value === undefined) {
      const link = isObject(body.source) ? body.source.id : (body.source ?? body.id);
      if (typeof link === 'string' && isAnnotatableUrl(link)) read.links.push(link);
      continue;
    }
    if (!value) continue;
    if (purposes.includes(PURPOSE.tag)) read.tags.push(value);
    else if (purposes.includes(PURPOSE.verdict)) read.verdicts.push(value);
    else if (purposes.includes(PURPOSE.mentionedParty)) read.mentioned.push(value);
    else if (purposes.includes(PURPOSE.claimParty) && labelled(value, CLAIMANT_LABEL))
      read.claimant = labelled(value, CLAIMANT_LABEL);
    else if (purposes.includes(PURPOSE.claimParty) && labelled(value, ABOUT_LABEL))
      read.about.push(labelled(value, ABOUT_LABEL)!);
    else read.notes.push(value);
  }
  return read;
}

/** The name after a label ("Claimant: Jane Doe"), if the text has that label and a name. */
function labelled(value: string, label: string): string | undefined {
  return value.startsWith(label) ? value.slice(label.length).trim() || undefined : undefined;
}

/** Hypothesis keeps the page's title as `document.title`: a string or a list of them. */
function documentTitle(document: unknown): string {
  if (!isObject(document)) return '';
  const title = list(document.title).find((t): t is string => typeof t === 'string');
  return title?.trim() ?? '';
}
