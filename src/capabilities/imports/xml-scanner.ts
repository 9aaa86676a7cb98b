/**
 * A small, linear-time reader for the XML inside an .xlsx: tags and text, nothing else. It expands
 * only the five predefined entities and character references, and refuses DTDs, so entity tricks
 * (billion laughs, external entities) have nothing to work with.
 */
export type XmlToken =
  | { kind: 'open'; name: string; attributes: string; isSelfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

export class XmlError extends Error {}

/** `x:row` and `row` are the same element to us: SpreadsheetML may be written with or without a prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function* scanXml(xml: string): Generator<XmlToken> {
  const length = xml.length;
  let position = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (position < length) {
    const open = xml.indexOf('<', position);
    if (open === -1) {
      yield { kind: 'text', text: decodeXmlText(xml.slice(position)) };
      return;
    }
    if (open > position) yield { kind: 'text', text: decodeXmlText(xml.slice(position, open)) };
    if (xml.startsWith('<?', open)) {
      position = endOf(xml, '?>', open) + 2;
    } else if (xml.startsWith('<!--', open)) {
      position = endOf(xml, '-->', open) + 3;
    } else if (xml.startsWith('<![CDATA[', open)) {
      const end = endOf(xml, ']]>', open);
      yield { kind: 'text', text: xml.slice(open + 9, end) };
      position = end + 3;
    } else if (xml.charCodeAt(open + 1) === 33 /* ! */) {
      throw new XmlError('DTD');
    } else if (xml.charCodeAt(open + 1) === 47 /* / */) {
      const end = endOf(xml, '>', open);
      yield { kind: 'close', name: localName(xml.slice(open + 2, end).trim()) };
      position = end + 1;
    } else {
      const tag = readOpenTag(xml, open);
      yield tag.token;
      position = tag.next;
    }
  }
}

/** Reads `<name attr="…">`, where attribute values may hold `>`. */
function readOpenTag(xml: string, open: number): { token: XmlToken; next: number } {
  let cursor = open + 1;
  while (cursor < xml.length) {
    const code = xml.charCodeAt(cursor);
    if (code === 62 /* > */ || code === 47 /* / */ || code === 32 || code === 9 || code === 10 || code === 13) break;
    cursor += 1;
  }
  const name = xml.slice(open + 1, cursor);
  if (name === '') throw new XmlError('empty tag name');
  const attributesStart = cursor;
  while (cursor < xml.length) {
    const code = xml.charCodeAt(cursor);
    if (code === 34 /* " */ || code === 39 /* ' */) {
      const close = xml.indexOf(code === 34 ? '"' : "'", cursor + 1);
      if (close === -1) throw new XmlError('unterminated attribute');
      cursor = close + 1;
      continue;
    }
    if (code === 62) {
      const isSelfClosing = xml.charCodeAt(cursor - 1) === 47;
      const attributes = xml.slice(attributesStart, isSelfClosing ? cursor - 1 : cursor);
      return { token: { kind: 'open', name: localName(name), attributes, isSelfClosing }, next: cursor + 1 };
    }
    cursor += 1;
  }
  throw new XmlError('unterminated tag');
}

function endOf(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end === -1) throw new XmlError(`unterminated ${marker}`);
  return end;
}

const attributePattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by name as written (`r:id`); `attribute()` also finds a prefixed one by its local name. */
export function parseAttributes(raw: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of raw.matchAll(attributePattern)) found.set(match[1]!, decodeXmlText(match[2] ?? match[3] ?? ''));
  return found;
}

export function attribute(attributes: Map<string, string>, name: string): string | undefined {
  const exact = attributes.get(name);
  if (exact !== undefined) return exact;
  for (const [key, value] of attributes) if (key.endsWith(`:${name}`)) return value;
  return undefined;
}

/**
 * One attribute's value without building a map: the fast path for the millions of `<c>` cells of a
 * large sheet. The name must follow whitespace and precede `=`.
 */
export function readAttribute(raw: string, name: string): string | undefined {
  for (let at = raw.indexOf(name); at !== -1; at = raw.indexOf(name, at + 1)) {
    const before = raw.charCodeAt(at - 1);
    if (at !== 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let cursor = at + name.length;
    while (raw.charCodeAt(cursor) === 32) cursor += 1;
    if (raw.charCodeAt(cursor) !== 61 /* = */) continue;
    cursor += 1;
    while (raw.charCodeAt(cursor) === 32) cursor += 1;
    const quote = raw[cursor];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = raw.indexOf(quote, cursor + 1);
    return end === -1 ? undefined : decodeXmlText(raw.slice(cursor + 1, end));
  }
  return undefined;
}

const entityPattern = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(entityPattern, (_whole, entity: string) => {
    if (entity[0] !== '#') return named[entity]!;
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** SpreadsheetML escapes characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a carriage return). */
export function decodeSpreadsheetEscapes(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
