export interface StaticReply {
  status: number;
  body: string | Buffer;
  contentType: string;
}
export function contentTypeOf(file: string): string;
export function staticFileReply(root: string, pathname: string): Promise<StaticReply>;
