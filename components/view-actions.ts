import type { ChangeSet } from '../core/db/change-set';
import { applyChangeSet } from '../core/db/change-set';
import type { Repository } from '../core/db/repository';
import { newId, nowIso, type Annotation, type Party, type PartyKind } from '../core/model';
import type { PartyChoice } from './PartyPicker';

/** Something the reader can take back for a few seconds. */
export interface Undoable {
  message: string;
  undo: () => Promise<void>;
}

/**
 * The writes a view makes, straight to the database of the extension's origin. Each
 * edit is saved as it is made, with a fresh `updated` time, so closing a view mid-edit
 * loses nothing; `onChange` lets the page repaint.
 */
export class ViewActions {
  private lastEdit: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: Repository,
    private readonly onChange: () => void = () => {},
  ) {}

  async editAnnotation(current: Annotation, change: Partial<Annotation>): Promise<void> {
    await this.reviseAnnotation(current, (latest) => ({ ...latest, ...change }));
  }

  async editClaim(current: Annotation, change: Partial<NonNullable<Annotation['claim']>>): Promise<void> {
    await this.reviseAnnotation(current, (latest) => ({
      ...latest,
      claim: { aboutIds: [], verdict: 'Unrated', evidence: [], ...latest.claim, ...change },
    }));
  }

  /**
   * Applies an edit to the annotation as stored now, not as the view last drew it: two
   * quick edits (a verdict, then a tag) come before the view redraws, and the second
   * must not put back what the first changed. Edits run one after another for the same
   * reason. A deleted annotation stays deleted.
   */
  private reviseAnnotation(current: Annotation, revise: (latest: Annotation) => Annotation): Promise<void> {
    return this.inTurn(async () => {
      const latest = await this.repo.getAnnotation(current.id);
      if (latest) await this.repo.saveAnnotation({ ...revise(latest), updated: nowIso() });
    });
  }

  /** Saves a note typed in a view that closed before saving it, unless the annotation changed after it was typed. */
  restoreNote(id: string, note: string, typedAt: string): Promise<void> {
    return this.inTurn(async () => {
      const latest = await this.repo.getAnnotation(id);
      if (latest && latest.updated < typedAt && latest.note !== note)
        await this.repo.saveAnnotation({ ...latest, note, updated: nowIso() });
    });
  }

  /** Runs `work` after every edit this view started before it. */
  private inTurn(work: () => Promise<void>): Promise<void> {
    const turn = this.lastEdit.then(work);
    this.lastEdit = turn.catch(() => undefined);
    return turn.then(() => this.onChange());
  }

  async deleteAnnotation(annotation: Annotation): Promise<Undoable> {
    const removed = await this.repo.deleteAnnotation(annotation.id);
    this.onChange();
    return {
      message: 'Annotation deleted.',
      undo: async () => {
        if (removed) await this.repo.restoreAnnotation(removed);
        this.onChange();
      },
    };
  }

  async createParty(name: string, kind: PartyKind): Promise<Party> {
    const at = nowIso();
    const party: Party = {
      id: newId(),
      name: name.trim(),
      kind,
      aliases: [],
      description: '',
      created: at,
      updated: at,
    };
    await this.repo.saveParty(party);
    return party;
  }

  /** The id a party choice stands for, creating the party when the reader asked for a new one. */
  async partyIdOf(choice: PartyChoice): Promise<string> {
    if ('partyId' in choice) return choice.partyId;
    return (await this.createParty(choice.create.name, choice.create.kind)).id;
  }

  /** Edits a party as stored now (see reviseAnnotation): a rename just before a kind change stays. */
  editParty(current: Party, change: Partial<Party>): Promise<void> {
    return this.inTurn(async () => {
      const latest = await this.repo.getParty(current.id);
      if (latest) await this.repo.saveParty({ ...latest, ...change, updated: nowIso() });
    });
  }

  /** Wraps a database operation that returned a change set, so it can be undone. */
  async undoable(message: string, operation: () => Promise<ChangeSet>): Promise<Undoable> {
    const change = await operation();
    this.onChange();
    return {
      message,
      undo: async () => {
        await applyChangeSet(this.repo.db, change);
        this.onChange();
      },
    };
  }
}
