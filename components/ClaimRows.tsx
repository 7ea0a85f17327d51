import type { PartyClaim } from './hooks/use-party-details';

export interface ClaimRowsProps {
  title: string;
  claims: PartyClaim[];
  /** What to say when there are none. */
  empty: string;
}

/** Claims listed under a heading, each with its verdict and the article it is on. */
export function ClaimRows({ title, claims, empty }: ClaimRowsProps) {
  return (
    <section class="claim-rows">
      <h3>
        {title} <span class="count">({claims.length})</span>
      </h3>
      {claims.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul>
          {claims.map(({ annotation, article }) => (
            <li key={annotation.id}>
              <q>{annotation.target.quote.exact}</q>
              <span class="muted">
                {' '}
                — {annotation.claim?.verdict ?? 'Unrated'}
                {article ? ` · ${article.title || new URL(article.url).host}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
