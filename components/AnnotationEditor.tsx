import type { Repository } from '../core/db/repository';
import type { Annotation, Party } from '../core/model';
import { EvidenceList } from './EvidenceList';
import { formatDate } from './format';
import { useKnownTags } from './hooks/use-known-tags';
import { useOrphanContext } from './hooks/use-orphan-context';
import { useDraft } from './hooks/use-draft';
import { useNoteDraft } from './hooks/use-note-draft';
import { PartyList } from './PartyList';
import { PartyPicker } from './PartyPicker';
import { TagInput } from './TagInput';
import type { ViewActions } from './view-actions';

export interface AnnotationEditorProps {
  repo: Repository;
  annotation: Annotation;
  parties: Party[];
  verdicts: string[];
  actions: ViewActions;
  onDelete: (annotation: Annotation) => void;
}

/** Every field of one annotation, saved as it is edited: note and tags, and for a claim its claimant, subjects, verdict and evidence. */
export function AnnotationEditor({ repo, annotation, parties, verdicts, actions, onDelete }: AnnotationEditorProps) {
  const id = annotation.id;
  const orphanContext = useOrphanContext(repo, annotation);
  const knownTags = useKnownTags(repo);
  const note = useNoteDraft(annotation, actions);
  const claim = annotation.claim;
  // Held like the note: a quick run of arrow keys must not be reset by the echo of its first save.
  const verdict = useDraft(claim?.verdict ?? 'Unrated', (value) => actions.editClaim(annotation, { verdict: value }));
  const nameOf = (partyId: string | undefined) => parties.find((p) => p.id === partyId)?.name;
  const verdictChoices = claim && !verdicts.includes(claim.verdict) ? [...verdicts, claim.verdict] : verdicts;

  return (
    <div class="annotation-editor" id={`editor-${id}`}>
      {annotation.anchor?.state === 'fuzzy' && annotation.anchor.text && (
        <div class="wording-change">
          <p>
            <span class="muted">When annotated: </span>
            <q class="old-wording">{annotation.target.quote.exact}</q>
          </p>
          <p>
            <span class="muted">The page now reads: </span>
            <q class="new-wording">{annotation.anchor.text}</q>
          </p>
        </div>
      )}
      {orphanContext && (
        <div class="orphan-context">
          <p class="muted">Not found on this page. In the copy saved {formatDate(orphanContext.savedAt)} it read:</p>
          <blockquote>{orphanContext.paragraph}</blockquote>
        </div>
      )}
      {annotation.kind === 'claim' && claim && (
        <fieldset>
          <legend>Claim</legend>
          <p class="field-value">
            <span class="muted">Claimant: </span>
            <strong>{nameOf(claim.claimantId) ?? 'not set'}</strong>
          </p>
          <PartyPicker
            idPrefix={`${id}-claimant`}
            label={claim.claimantId ? 'Change claimant' : 'Claimant'}
            parties={parties}
            clearOnPick
            onPick={async (choice) => actions.editClaim(annotation, { claimantId: await actions.partyIdOf(choice) })}
          />
          <p class="field-label">About</p>
          <PartyList
            idPrefix={`${id}-about`}
            label="About"
            ids={claim.aboutIds}
            parties={parties}
            onAdd={async (choice) => {
              const partyId = await actions.partyIdOf(choice);
              await actions.editClaim(annotation, { aboutIds: [...new Set([...claim.aboutIds, partyId])] });
            }}
            onRemove={(partyId) =>
              actions.editClaim(annotation, { aboutIds: claim.aboutIds.filter((p) => p !== partyId) })
            }
          />
          <label for={`${id}-verdict`}>Verdict</label>
          <select
            id={`${id}-verdict`}
            value={verdict.value}
            onChange={(event) => verdict.onInput(event.currentTarget.value)}
            onBlur={verdict.flush}
          >
            {verdictChoices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
          <EvidenceList
            idPrefix={`${id}-evidence`}
            evidence={claim.evidence}
            onChange={(evidence) => actions.editClaim(annotation, { evidence })}
          />
        </fieldset>
      )}
      {annotation.kind === 'party-mention' && (
        <div>
          <p class="field-value">
            <span class="muted">Party: </span>
            <strong>{nameOf(annotation.partyId) ?? 'not chosen yet'}</strong>
          </p>
          <PartyPicker
            idPrefix={`${id}-party`}
            label={annotation.partyId ? 'Change party' : 'Which party is this?'}
            parties={parties}
            initialText={annotation.partyId ? '' : annotation.target.quote.exact}
            clearOnPick
            onPick={async (choice) => actions.editAnnotation(annotation, { partyId: await actions.partyIdOf(choice) })}
          />
        </div>
      )}
      <label for={`${id}-note`}>Note</label>
      <textarea
        id={`${id}-note`}
        value={note.value}
        onInput={(event) => note.onInput(event.currentTarget.value)}
        onBlur={note.flush}
      />
      <TagInput
        idPrefix={id}
        tags={annotation.tags}
        known={knownTags}
        onChange={(tags) => actions.editAnnotation(annotation, { tags })}
      />
      <div class="row">
        <button type="button" class="danger" onClick={() => onDelete(annotation)}>
          Delete
        </button>
      </div>
    </div>
  );
}
