import { useState } from 'preact/hooks';
import type { EvidenceLink } from '../core/model';
import { isAnnotatableUrl } from '../core/model/url';

export interface EvidenceListProps {
  idPrefix: string;
  evidence: EvidenceLink[];
  onChange: (evidence: EvidenceLink[]) => void;
}

function defaultTitle(url: string): string {
  const { host, pathname } = new URL(url);
  return pathname === '/' ? host : `${host}${pathname}`;
}

/** A claim's evidence: links with titles, added by pasting a URL. Only web links open. */
export function EvidenceList({ idPrefix, evidence, onChange }: EvidenceListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const add = (raw: string) => {
    const url = raw.trim();
    if (!url) return;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      setText(url);
      setError('That is not a link. Paste a full address, starting with https://');
      return;
    }
    if (!isAnnotatableUrl(parsed.href)) {
      setText('');
      setError(`Only web links (starting with http:// or https://) can be evidence, not “${url}”.`);
      return;
    }
    setError('');
    setText('');
    if (evidence.some((e) => e.url === parsed.href)) return;
    onChange([
      ...evidence,
      { url: parsed.href, title: isAnnotatableUrl(parsed.href) ? defaultTitle(parsed.href) : '' },
    ]);
  };
  const update = (index: number, change: Partial<EvidenceLink>) =>
    onChange(evidence.map((e, i) => (i === index ? { ...e, ...change } : e)));
  return (
    <div class="evidence">
      <label for={`${idPrefix}-evidence`}>Evidence</label>
      {evidence.length > 0 && (
        <ul class="evidence-list">
          {evidence.map((link, i) => (
            <li key={link.url}>
              {isAnnotatableUrl(link.url) ? (
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title || link.url}
                </a>
              ) : (
                <span class="inert-link">{link.url}</span>
              )}
              <input
                type="text"
                aria-label={`Title of evidence ${i + 1}`}
                value={link.title}
                onChange={(event) => update(i, { title: event.currentTarget.value })}
              />
              <button
                type="button"
                aria-label={`Remove evidence ${link.title || link.url}`}
                onClick={() => onChange(evidence.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${idPrefix}-evidence`}
        type="url"
        placeholder="Paste a link and press Enter"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${idPrefix}-evidence-error` : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onPaste={(event) => {
          const pasted = event.clipboardData?.getData('text/plain');
          if (pasted) {
            event.preventDefault();
            add(pasted);
          }
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(text);
          }
        }}
      />
      {error && (
        <p id={`${idPrefix}-evidence-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
