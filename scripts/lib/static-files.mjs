import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export function contentTypeOf(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The reply for a URL path from the files under `root`: the file, or 404 when it is missing
 * or the path would leave `root`.
 */
export async function staticFileReply(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, body: 'Bad request', contentType: 'text/plain; charset=utf-8' };
  }
  const file = path.join(root, decoded);
  const isFile = file.startsWith(root + path.sep) && (await stat(file).then((s) => s.isFile(), () => false));
  if (!isFile) return { status: 404, body: 'Not found', contentType: 'text/plain; charset=utf-8' };
  return { status: 200, body: await readFile(file), contentType: contentTypeOf(file) };
}
