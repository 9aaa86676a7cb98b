import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { importErrors } from './imports.errors.ts';
import { toMegabytes } from './import-limits.ts';

/**
 * Reads the parts of a ZIP archive (an .xlsx is one) without trusting it: the central directory's
 * declared sizes must fit the limit before anything is unpacked, and each part is inflated with a
 * ceiling of its declared size, so a part that lies about its size stops unpacking the moment it
 * passes it. The real total is counted as well.
 */
export interface ZipLimits {
  maxUnpackedBytes: number;
  maxZipEntries: number;
}

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  names(): string[];
  has(name: string): boolean;
  read(name: string): Promise<Buffer>;
}

const inflateRaw = promisify(zlib.inflateRaw);
const endOfCentralDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
const zip64EndOfCentralDirectory = 0x06064b50;
const centralEntry = 0x02014b50;
const localEntry = 0x04034b50;
const maxComment = 0xffff;

function corrupt(reasonZh: string, reasonEn: string): Error {
  return importErrors('CORRUPT_FILE', { reasonZh, reasonEn });
}

function truncated(): Error {
  return corrupt('压缩结构不完整，可能上传中断', 'its archive structure is incomplete; the upload may have been cut short');
}

export function openZipArchive(buffer: Buffer, limits: ZipLimits): ZipArchive {
  const directory = readCentralDirectory(buffer, limits);
  const entries = new Map(directory.map((entry) => [entry.name, entry]));
  let unpackedSoFar = 0;
  const tooLarge = () => importErrors('UNPACKED_TOO_LARGE', { limitMb: toMegabytes(limits.maxUnpackedBytes) });

  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    async read(name) {
      const entry = entries.get(name);
      if (!entry) throw corrupt(`缺少部件 ${name}`, `the part ${name} is missing`);
      const data = compressedData(buffer, entry);
      const ceiling = Math.min(entry.uncompressedSize, limits.maxUnpackedBytes - unpackedSoFar);
      let output: Buffer;
      if (entry.method === 0) {
        output = data;
      } else if (entry.method === 8) {
        try {
          output = await inflateRaw(data, { maxOutputLength: Math.max(ceiling, 1) });
        } catch (error) {
          if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge();
          throw corrupt(`部件 ${name} 无法解压`, `the part ${name} cannot be unpacked`);
        }
      } else {
        throw corrupt(`部件 ${name} 使用了不支持的压缩方式 ${entry.method}`, `the part ${name} uses unsupported compression method ${entry.method}`);
      }
      if (output.length > ceiling) throw tooLarge();
      if (output.length !== entry.uncompressedSize) throw corrupt(`部件 ${name} 长度不符`, `the part ${name} has the wrong length`);
      if (zlib.crc32(output) >>> 0 !== entry.crc32) throw corrupt(`部件 ${name} 校验和错误`, `the part ${name} fails its checksum`);
      unpackedSoFar += output.length;
      return output;
    },
  };
}

function compressedData(buffer: Buffer, entry: ZipEntry): Buffer {
  const offset = entry.localHeaderOffset;
  if (offset + 30 > buffer.length) throw truncated();
  if (buffer.readUInt32LE(offset) !== localEntry) throw corrupt('部件头损坏', 'a part header is damaged');
  const start = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw truncated();
  return buffer.subarray(start, end);
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - maxComment);
  for (let offset = buffer.length - 22; offset >= lowest; offset -= 1) {
    if (buffer.readUInt32LE(offset) === endOfCentralDirectory) return offset;
  }
  throw truncated();
}

function readCentralDirectory(buffer: Buffer, limits: ZipLimits): ZipEntry[] {
  if (buffer.length < 22) throw truncated();
  const eocd = findEndOfCentralDirectory(buffer);
  if (buffer.readUInt16LE(eocd + 4) !== 0 || buffer.readUInt16LE(eocd + 6) !== 0) throw corrupt('分卷压缩文件', 'it is a multi-part archive');
  let count = buffer.readUInt16LE(eocd + 10);
  let directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(buffer, eocd);
    count = zip64.count;
    directoryOffset = zip64.directoryOffset;
  }
  if (count > limits.maxZipEntries) throw corrupt(`包含 ${count} 个部件，超过上限`, `it has ${count} parts, more than allowed`);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declaredTotal = 0;
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > buffer.length) throw truncated();
    if (buffer.readUInt32LE(offset) !== centralEntry) throw corrupt('目录损坏', 'its directory is damaged');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength + extraLength > buffer.length) throw truncated();
    const flags = buffer.readUInt16LE(offset + 8);
    const rawName = buffer.subarray(offset + 46, offset + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    const entry: ZipEntry = {
      name: rawName.replace(/\\/g, '/').replace(/^\/+/, ''),
      flags,
      method: buffer.readUInt16LE(offset + 10),
      crc32: buffer.readUInt32LE(offset + 16),
      compressedSize: buffer.readUInt32LE(offset + 20),
      uncompressedSize: buffer.readUInt32LE(offset + 24),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
    };
    applyZip64Extra(entry, buffer.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength));
    if (entry.flags & 0x1) throw importErrors('ENCRYPTED_FILE');
    if (names.has(entry.name)) throw corrupt(`部件 ${entry.name} 重复`, `the part ${entry.name} appears twice`);
    names.add(entry.name);
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxUnpackedBytes) throw importErrors('UNPACKED_TOO_LARGE', { limitMb: toMegabytes(limits.maxUnpackedBytes) });
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readZip64End(buffer: Buffer, eocd: number): { count: number; directoryOffset: number } {
  const locator = eocd - 20;
  if (locator < 0 || buffer.readUInt32LE(locator) !== zip64Locator) throw truncated();
  const record = Number(buffer.readBigUInt64LE(locator + 8));
  if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== zip64EndOfCentralDirectory) throw truncated();
  return { count: safeNumber(buffer.readBigUInt64LE(record + 32)), directoryOffset: safeNumber(buffer.readBigUInt64LE(record + 48)) };
}

/** ZIP64 keeps sizes and offsets that do not fit 32 bits in an extra field, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let offset = 0; offset + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(offset);
    const size = extra.readUInt16LE(offset + 2);
    if (id === 0x0001) {
      let field = offset + 4;
      const next = (): number => {
        if (field + 8 > offset + 4 + size || field + 8 > extra.length) throw corrupt('ZIP64 字段不完整', 'a ZIP64 field is incomplete');
        const value = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    offset += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  // Anything this large cannot be a real part of a 20 MB upload; Infinity fails every limit check.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}
