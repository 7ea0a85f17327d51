import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { articleOfHtml } from '../../cli/commands/suggest';
import { LabelsSchema, type Labels } from '../../core/suggest/evaluate';

/** A hand-labelled article of test/fixtures/labels with the text suggestions are made from. */
export interface LabelledArticle {
  name: string;
  labels: Labels;
  html: string;
  text: string;
}

/** Every labelled article, tuned set first, each parsed once with linkedom and Readability. */
export function loadLabelledArticles(root: string): LabelledArticle[] {
  const fixtures = path.join(root, 'test', 'fixtures');
  const labelsDir = path.join(fixtures, 'labels');
  return readdirSync(labelsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const labels = v.parse(LabelsSchema, JSON.parse(readFileSync(path.join(labelsDir, f), 'utf8')));
      const html = readFileSync(path.join(fixtures, labels.article), 'utf8');
      const text = articleOfHtml(html, 'https://example.org/article').textContent;
      return { name: path.basename(f, '.json'), labels, html, text };
    })
    .sort((a, b) => (a.labels.set === b.labels.set ? 0 : a.labels.set === 'tuned' ? -1 : 1));
}
