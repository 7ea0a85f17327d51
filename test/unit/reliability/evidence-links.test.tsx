import { render } from 'preact';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from '../../../components/EvidenceList';
import { AnnotationSchema, type EvidenceLink } from '../../../core/model';
import { annotation } from '../support/records';

const NOT_WEB = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0',
];

const claimWith = (url: string) =>
  annotation({ kind: 'claim', claim: { aboutIds: [], verdict: 'False', evidence: [{ url, title: '' }] } });

describe('evidence links', () => {
  it.each(NOT_WEB)('are refused by the model unless they are web addresses: %s', (url) => {
    expect(v.safeParse(AnnotationSchema, claimWith(url)).success).toBe(false);
  });

  it('are accepted as http and https addresses', () => {
    for (const url of ['http://example.org/a', 'https://example.org/b?q=<script>'])
      expect(v.safeParse(AnnotationSchema, claimWith(url)).success).toBe(true);
  });

  it('open only when they are web addresses: anything else is shown as text', () => {
    const container = document.createElement('div');
    const evidence: EvidenceLink[] = [
      { url: 'https://example.org/report', title: '<b>Report</b>' },
      ...NOT_WEB.map((url) => ({ url, title: 'Click me' })),
    ];
    render(<EvidenceList idPrefix="e" evidence={evidence} onChange={() => undefined} />, container);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['https://example.org/report', '<b>Report</b>'],
    ]);
    expect([...container.querySelectorAll('.inert-link')].map((s) => s.textContent)).toEqual(NOT_WEB);
    expect(container.querySelector('b, script')).toBeNull();
    render(null, container);
  });
});
