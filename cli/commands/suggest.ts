import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import * as v from 'valibot';
import { detectArticle, type DetectedArticle } from '../../core/article/detect';
import { IdSchema, PartyKindSchema } from '../../core/model';
import { suggest } from '../../core/suggest/suggest';
import type { Suggestions } from '../../core/suggest/schema';
import type { Command } from '../main';

const USAGE = 'marginalia suggest <file.html> [--url URL] [--parties FILE] [--full]';

const HELP = `Usage: ${USAGE}

Suggests the parties an article names and the attributed claims it reports, from the
article text Readability isolates in the page. Prints JSON:
  { "parties": [{ "name", "kind", "aliases" }], "claims": [{ "quote", "claimant", "about" }] }

Options:
  --url URL        the page's address (default: the file's file: URL)
  --parties FILE   JSON array of known parties ({ id, name, kind, aliases }) to recognise
  --full           also print offsets of every mention and claim, the cue and registry ids
  -h, --help       this help`;

const RegistrySchema = v.array(
  v.object({
    id: IdSchema,
    name: v.pipe(v.string(), v.trim(), v.minLength(1)),
    kind: PartyKindSchema,
    aliases: v.optional(v.array(v.string()), []),
  }),
);

/** Readability's view of an HTML page, parsed with linkedom (no browser needed). */
export function articleOfHtml(html: string, url: string): DetectedArticle {
  let { document } = parseHTML(html);
  // A browser wraps a saved fragment in <html><body>; linkedom makes its first element the root, or none.
  if (document.documentElement?.localName !== 'html')
    document = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document;
  return detectArticle(document as unknown as Document, url);
}

interface Options {
  file?: string;
  url?: string;
  partiesFile?: string;
  full: boolean;
  help: boolean;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { full: false, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--full') options.full = true;
    else if (arg === '--url' || arg === '--parties') {
      const value = args[i + 1];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--url') options.url = value;
      else options.partiesFile = value;
      i += 1;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.file === undefined) options.file = arg;
    else return `unexpected argument ${arg}`;
  }
  return options;
}

function brief(suggestions: Suggestions) {
  return {
    parties: suggestions.parties.map(({ name, kind, aliases }) => ({ name, kind, aliases })),
    claims: suggestions.claims.map(({ quote, claimant, about }) => ({
      quote: quote.replace(/\s+/g, ' ').trim(),
      claimant,
      about,
    })),
  };
}

export const command: Command = {
  usage: USAGE,
  summary: 'suggest the parties and attributed claims of an article (JSON)',
  async run(args) {
    const options = parseArgs(args);
    if (typeof options === 'string' || (!options.help && options.file === undefined)) {
      console.error(`${typeof options === 'string' ? `${options}\n` : ''}Usage: ${USAGE}`);
      return 2;
    }
    if (options.help) {
      console.log(HELP);
      return 0;
    }
    const file = options.file as string;
    try {
      const html = await readFile(file, 'utf8');
      const registry = options.partiesFile
        ? v.parse(RegistrySchema, JSON.parse(await readFile(options.partiesFile, 'utf8')))
        : [];
      const article = articleOfHtml(html, options.url ?? pathToFileURL(file).href);
      if (!article.metadata.isArticle)
        console.error(
          'marginalia suggest: the page does not look like an article, so there is no article text to suggest from',
        );
      const suggestions = suggest(article.textContent, { parties: registry });
      console.log(JSON.stringify(options.full ? suggestions : brief(suggestions), null, 2));
      return 0;
    } catch (error) {
      console.error(`marginalia suggest: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  },
};
