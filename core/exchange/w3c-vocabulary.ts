/**
 * How Marginalia's fields are written as W3C Web Annotation bodies, shared by the export
 * and the import so the two stay each other's inverse. Claimant and subjects are both
 * "describing" bodies; a short label in the text tells them apart and reads naturally in
 * tools that show only the text.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const CLAIMANT_LABEL = 'Claimant: ';
export const ABOUT_LABEL = 'About: ';

export const PURPOSE = {
  note: 'commenting',
  tag: 'tagging',
  verdict: 'classifying',
  claimParty: 'describing',
  mentionedParty: 'identifying',
  evidence: 'linking',
} as const;
