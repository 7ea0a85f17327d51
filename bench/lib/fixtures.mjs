import path from 'node:path';

/** Mozilla Readability's test pages, as this repository keeps them (with their licence). */
export function readabilityPagesDir(root) {
  return path.join(root, 'test', 'fixtures', 'readability-pages');
}
