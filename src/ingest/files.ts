import { open } from 'node:fs/promises';

/** Bytes read from one file or stdin at most; past this, only the start is read (INPUT_TOO_LARGE). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A file's bytes (cut at MAX_INPUT_BYTES, then at a line break), or why it could not be read. */
export type Bytes = { bytes: Uint8Array; truncated: boolean } | { error: string };

/** Reads a file, a pipe or a device; a directory or a missing file gives an error in words. */
export async function readFile(path: string): Promise<Bytes> {
  try {
    const handle = await open(path, 'r');
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) return { error: 'it is a directory, not a file' };
      // A pipe or device (`<(cmd)`, /dev/stdin) has no size: read it as a stream.
      if (!stats.isFile()) return await readStream(handle.createReadStream({ autoClose: false }));
      const length = Math.min(stats.size, MAX_INPUT_BYTES);
      const bytes = Buffer.alloc(length);
      let read = 0;
      while (read < length) {
        const { bytesRead } = await handle.read(bytes, read, length - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      return cut(bytes.subarray(0, read), stats.size > MAX_INPUT_BYTES);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { error: describe(error) };
  }
}

/** Reads a stream (stdin) to its end or to MAX_INPUT_BYTES. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Bytes> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      chunks.push(buf);
      total += buf.length;
      if (total > MAX_INPUT_BYTES) break;
    }
  } catch (error) {
    return { error: describe(error) };
  }
  const bytes = Buffer.concat(chunks);
  return cut(bytes.subarray(0, MAX_INPUT_BYTES), total > MAX_INPUT_BYTES);
}

/** A truncated read ends at its last line break, so no character or JSON line is cut in half. */
function cut(bytes: Buffer, truncated: boolean): Bytes {
  if (!truncated) return { bytes, truncated };
  const end = bytes.lastIndexOf(0x0a);
  return { bytes: end > 0 ? bytes.subarray(0, end + 1) : bytes, truncated };
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
