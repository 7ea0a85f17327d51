import { useMemo, useState } from 'preact/hooks';
import { PARTY_KINDS, type Party, type PartyKind } from '../core/model';
import { matchParties } from '../core/parties/match';
import { useFocusOnMount } from './hooks/use-focus-on-mount';

export type PartyChoice = { partyId: string } | { create: { name: string; kind: PartyKind } };

export interface PartyPickerProps {
  /** Visible label of the field, also its accessible name. */
  label: string;
  /** Distinguishes this picker's element ids from another's in the same view. */
  idPrefix: string;
  parties: Party[];
  initialText?: string;
  autoFocus?: boolean;
  /** Offers to create a new party from the typed name (the default); off where only existing ones fit. */
  allowCreate?: boolean;
  /** Empties the field after a pick, for adding several parties one after another. */
  clearOnPick?: boolean;
  onPick: (choice: PartyChoice) => void;
}

const MAX_OPTIONS = 8;

/** A type-ahead over party names and aliases that can also create a new party inline. */
export function PartyPicker(props: PartyPickerProps) {
  const { label, idPrefix, parties, initialText = '', autoFocus = false, clearOnPick, allowCreate = true } = props;
  const [text, setText] = useState(initialText);
  const [kind, setKind] = useState<PartyKind>('person');
  const [active, setActive] = useState(0);
  const inputRef = useFocusOnMount<HTMLInputElement>(autoFocus);
  const onPick = (choice: PartyChoice) => {
    if (clearOnPick) setText('');
    props.onPick(choice);
  };
  const matches = useMemo(() => matchParties(parties, text).slice(0, MAX_OPTIONS), [parties, text]);
  const name = text.trim();
  const exact = !allowCreate || matches.some((p) => p.name.toLowerCase() === name.toLowerCase());
  const options: { key: string; label: string; choose: () => void }[] = [
    ...matches.map((p) => ({
      key: p.id,
      label: p.aliases.length ? `${p.name} (${p.aliases.join(', ')})` : p.name,
      choose: () => onPick({ partyId: p.id }),
    })),
    ...(name && !exact
      ? [{ key: 'new', label: `New party “${name}” (${kind})`, choose: () => onPick({ create: { name, kind } }) }]
      : []),
  ];
  const current = Math.min(active, options.length - 1);
  const listId = `${idPrefix}-options`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(options.length, 1));
    else if (event.key === 'ArrowUp') setActive((current - 1 + options.length) % Math.max(options.length, 1));
    else if (event.key === 'Enter' && options[current]) options[current].choose();
    else return;
    event.preventDefault();
  };

  return (
    <div class="party-picker">
      <label for={`${idPrefix}-input`}>{label}</label>
      <input
        id={`${idPrefix}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options[current] ? `${idPrefix}-opt-${current}` : undefined}
        value={text}
        ref={inputRef}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul id={listId} class="options" role="listbox" aria-label={`${label}: choices`}>
          {options.map((option, i) => (
            <li
              key={option.key}
              id={`${idPrefix}-opt-${i}`}
              role="option"
              aria-selected={i === current}
              onMouseDown={(event) => event.preventDefault()}
              onClick={option.choose}
            >
              {option.label}
            </li>
          ))}
        </ul>
      )}
      {name && !exact && (
        <>
          <label for={`${idPrefix}-kind`}>Kind, for a new party</label>
          <select
            id={`${idPrefix}-kind`}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as PartyKind)}
          >
            {PARTY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
