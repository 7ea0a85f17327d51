/**
 * gzip through the platform's CompressionStream (browsers, service workers and Node alike),
 * so stored article text costs a fraction of its size without a library.
 */
async function pipe(bytes: Uint8Array, transform: GenericTransformStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(transform as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function gzipJson(value: unknown): Promise<Uint8Array> {
  return pipe(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream('gzip'));
}

export async function gunzipJson<T>(bytes: Uint8Array): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await pipe(bytes, new DecompressionStream('gzip')))) as T;
}
