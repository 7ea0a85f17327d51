// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { names } from './support';

describe('suggest: prompts to follow a writer', () => {
  it('reads no party from the networks an author note asks to follow the writer on', () => {
    const result = suggest(
      'Mira Okafor grows barley near Tarvik. You can follow her on Instagram; friend her on Facebook; or send her a letter.\n\nShare this story on Instagram or Facebook.',
    );
    expect(names(result)).not.toContain('Instagram');
    expect(names(result)).not.toContain('Facebook');
    expect(names(result)).toContain('Mira Okafor');
  });

  it('keeps a network that the story is about', () => {
    const result = suggest(
      'Facebook said it would remove the posts. Lena Brock, a lawyer, said Facebook had waited too long.',
    );
    expect(names(result)).toContain('Facebook');
  });
});
