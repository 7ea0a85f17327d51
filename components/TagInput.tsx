import { useState } from 'preact/hooks';

export interface TagInputProps {
  idPrefix: string;
  tags: string[];
  /** Every tag in use, offered as the reader types. */
  known: string[];
  onChange: (tags: string[]) => void;
}

/** The tags of an annotation: removable chips and a field that suggests tags already in use. */
export function TagInput({ idPrefix, tags, known, onChange }: TagInputProps) {
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.trim();
    setText('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div class="tag-input">
      <label for={`${idPrefix}-tag`}>Tags</label>
      {tags.length > 0 && (
        <ul class="chips" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} class="chip">
              <span>{tag}</span>
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${idPrefix}-tag`}
        type="text"
        list={`${idPrefix}-known-tags`}
        placeholder="Add a tag and press Enter"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <datalist id={`${idPrefix}-known-tags`}>
        {known
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
