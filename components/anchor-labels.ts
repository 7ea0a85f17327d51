import type { AnchorStatus } from '../core/model';

/** How an annotation was found on its page, in the reader's words. */
export function anchorLabel(anchor: AnchorStatus | undefined): string {
  switch (anchor?.state) {
    case 'exact':
      return 'Found';
    case 'moved':
      return 'Found after the page changed';
    case 'fuzzy':
      return 'Found after the page changed (wording differs)';
    case 'orphan':
      return 'Not found on this page';
    default:
      return 'Not checked yet';
  }
}
