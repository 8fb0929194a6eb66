import { AwsClient } from "aws4fetch";
import { LOCAL_ENDPOINT, LOCAL_S3_PATH, type PresignedConfig } from "./presigned-config.ts";

// SigV4 query signing (aws4fetch) of one S3 PutObject on the attachments bucket: the URL a client
// PUTs a file to without an access token.

/**
 * A presigned PUT of `key` that works for `seconds` from `now`. It signs `content-length` (R2 then
 * takes exactly `size` bytes) and `if-none-match: *` (it cannot overwrite an object that exists,
 * so nothing can replace a file after it was checked); the client must send both as given.
 */
export async function presignPut(
  config: PresignedConfig,
  requestOrigin: string,
  key: string,
  size: number,
  seconds: number,
  now: number,
): Promise<{ url: string; headers: Record<string, string> }> {
  const base = config.endpoint === LOCAL_ENDPOINT ? `${requestOrigin}${LOCAL_S3_PATH}` : config.endpoint;
  const url = new URL(`${base}/${encodeURIComponent(config.bucket)}/${encodeURIComponent(key)}`);
  url.searchParams.set("X-Amz-Expires", String(seconds));
  const headers = { "content-length": String(size), "if-none-match": "*" };
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    service: "s3",
    region: "auto",
  });
  const signed = await client.sign(url.toString(), {
    method: "PUT",
    headers,
    aws: { signQuery: true, allHeaders: true, datetime: amzDate(now) },
  });
  return { url: signed.url, headers };
}

/** YYYYMMDD'T'HHMMSS'Z', the signing time (from the injected clock, not the library's). */
function amzDate(now: number): string {
  return new Date(now).toISOString().replace(/[:-]|\.\d{3}/g, "");
}
