const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Namespace for our record ids that are neither UUIDs nor addresses (older or imported ids). */
const RECORD_URN = 'urn:x-marginalia:';

/**
 * A record's id as an IRI, which JSON-LD formats require: a UUID as `urn:uuid:…`, an id
 * that already is an absolute IRI (imported from another tool) as it is, anything else
 * escaped under our own URN namespace. `recordIdFromIri` gives the id back.
 */
export function recordIri(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id}`;
  if (isAbsoluteIri(id)) return id;
  return `${RECORD_URN}${encodeURIComponent(id)}`;
}

export function recordIdFromIri(iri: string): string {
  if (/^urn:uuid:/i.test(iri) && UUID.test(iri.slice(9))) return iri.slice(9);
  if (iri.startsWith(RECORD_URN)) {
    try {
      return decodeURIComponent(iri.slice(RECORD_URN.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

function isAbsoluteIri(id: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(id);
}
