import { decodeXmlEntities } from "./xml-entities.js";

/** The attributes of one XES element (`<string key=.. value=..>`, `<date ...>`, ...), in order. */
export interface ScannedAttributes {
  keys: string[];
  values: string[];
  /** Character offset of the element in the decoded file, turned into line:column on error. */
  offset: number;
}

export interface ScannedTrace extends ScannedAttributes {
  events: ScannedAttributes[];
}

export class XesSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`expected ${expected}, found ${found}`);
  }
}

// IEEE 1849 (XES) attribute elements. `list` and `container` hold nested attributes, which the
// flow facts do not use: they are stepped over.
const ATTRIBUTE_ELEMENTS = new Set(["string", "date", "int", "float", "boolean", "id", "list"]);
ATTRIBUTE_ELEMENTS.add("container");

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const SPACE = 32;
/** An element longer than this without its closing `>` is taken as a broken file. */
const MAX_PENDING = 1 << 20;

/**
 * A single-pass XES scanner over decoded text, fed in chunks. It reads only what the flow facts
 * need — traces, events and their attribute keys and values — with `indexOf` jumps instead of a
 * character-by-character XML tokenizer: measured here it scans a 160 MB log about three times
 * faster than saxes, which is what keeps a 250,000-event XES.gz import under two seconds.
 * It checks that elements nest properly and reports where they do not.
 */
export class XesScanner {
  private buffer = "";
  private base = 0;
  private readonly stack: string[] = [];
  /** Inside an element whose content is stepped over (nested attributes, globals, ...). */
  private skipDepth = 0;
  private trace: ScannedTrace | null = null;
  private event: ScannedAttributes | null = null;
  /**
   * The key and value last read at each attribute position. Events repeat them, and handing on
   * the same string object lets every later Map lookup reuse its cached hash.
   */
  private readonly keys: string[] = [];
  private readonly values: string[] = [];
  /** Where an attribute read now belongs: the open event, else the open trace, else nowhere. */
  private owner: ScannedAttributes | null = null;
  sawLog = false;

  constructor(private readonly onTrace: (trace: ScannedTrace) => void) {}

  push(text: string): void {
    this.buffer = this.buffer.length > 0 ? this.buffer + text : text;
    this.scan();
    if (this.buffer.length > MAX_PENDING) {
      throw new XesSyntaxError(this.base, "'>' closing the element", "a very long element");
    }
  }

  finish(): void {
    const rest = this.buffer.trim();
    if (rest.length > 0) {
      throw new XesSyntaxError(
        this.base,
        "a complete element",
        `'${rest.slice(0, 20)}' at the end`,
      );
    }
    const open = this.stack.at(-1);
    if (open !== undefined)
      throw new XesSyntaxError(this.base, `</${open}>`, "the end of the file");
  }

  private scan(): void {
    const s = this.buffer;
    let p = 0;
    for (;;) {
      const lt = s.indexOf("<", p);
      if (lt === -1) {
        p = s.length;
        break;
      }
      const next = this.element(s, lt);
      if (next === -1) {
        p = lt;
        break;
      }
      p = next;
    }
    this.base += p;
    this.buffer = s.slice(p);
  }

  /** Handles the markup at `lt`; returns where scanning goes on, or -1 when it is incomplete. */
  private element(s: string, lt: number): number {
    const c = s.charCodeAt(lt + 1);
    if (Number.isNaN(c)) return -1;
    if (c === BANG) {
      const terminator = s.startsWith("<!--", lt)
        ? "-->"
        : s.startsWith("<![CDATA[", lt)
          ? "]]>"
          : ">";
      const end = s.indexOf(terminator, lt + 2);
      return end === -1 ? -1 : end + terminator.length;
    }
    if (c === QUESTION) {
      const end = s.indexOf("?>", lt);
      return end === -1 ? -1 : end + 2;
    }
    if (c === SLASH) {
      const end = s.indexOf(">", lt);
      if (end === -1) return -1;
      this.close(s.slice(lt + 2, end).trim(), this.base + lt);
      return end + 1;
    }
    return this.openTag(s, lt);
  }

  private openTag(s: string, lt: number): number {
    const fast = this.attributeTag(s, lt);
    if (fast !== 0) return fast;
    const n = s.length;
    let i = lt + 1;
    while (i < n) {
      const ch = s.charCodeAt(i);
      if (ch <= SPACE || ch === SLASH || ch === GT) break;
      i += 1;
    }
    if (i >= n) return -1;
    const name = s.slice(lt + 1, i);
    let key: string | null = null;
    let value: string | null = null;
    for (;;) {
      while (i < n && s.charCodeAt(i) <= SPACE) i += 1;
      if (i >= n) return -1;
      const ch = s.charCodeAt(i);
      if (ch === GT) {
        this.open(name, key, value, false, this.base + lt);
        return i + 1;
      }
      if (ch === SLASH) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== GT) throw this.unexpected(s, i + 1, "'>' after '/'");
        this.open(name, key, value, true, this.base + lt);
        return i + 2;
      }
      const eq = s.indexOf("=", i);
      if (eq === -1) return -1;
      const attribute = s.slice(i, eq).trim();
      if (attribute.includes(">") || attribute.includes("<") || attribute.includes(" ")) {
        throw this.unexpected(s, i, 'an attribute (name="value")');
      }
      let q = eq + 1;
      while (q < n && s.charCodeAt(q) <= SPACE) q += 1;
      if (q >= n) return -1;
      const quote = s.charCodeAt(q);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) {
        throw this.unexpected(s, q, "a quoted attribute value");
      }
      const close = s.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", q + 1);
      if (close === -1) return -1;
      if (attribute === "key") key = s.slice(q + 1, close);
      else if (attribute === "value") value = s.slice(q + 1, close);
      i = close + 1;
    }
  }

  /**
   * Fast path for `<type key="K" value="V"/>`, the way ProM, pm4py and Disco write nearly every
   * line of a log: four `indexOf` jumps. Returns 0 when the element is written otherwise (the
   * general path then reads it), -1 when it is cut by the chunk's end.
   */
  private attributeTag(s: string, lt: number): number {
    // The element name: letters up to a space, at most 9 of them ("container").
    let space = lt + 1;
    while (space < lt + 11 && s.charCodeAt(space) > SPACE) space += 1;
    if (s.charCodeAt(space) !== SPACE || !isKeyOpen(s, space + 1)) return 0;
    const keyStart = space + 6;
    const keyEnd = s.indexOf('"', keyStart);
    if (keyEnd === -1) return -1;
    if (keyEnd + 9 > s.length) return -1;
    if (!isValueOpen(s, keyEnd + 1)) return 0;
    const valueStart = keyEnd + 9;
    const valueEnd = s.indexOf('"', valueStart);
    if (valueEnd === -1) return -1;
    let i = valueEnd + 1;
    while (s.charCodeAt(i) === SPACE) i += 1;
    if (i + 1 >= s.length) return -1;
    const selfClosing = s.charCodeAt(i) === SLASH && s.charCodeAt(i + 1) === GT;
    if (!selfClosing && s.charCodeAt(i) !== GT) return 0;
    const owner = this.owner;
    if (selfClosing && owner !== null && this.skipDepth === 0) {
      // An attribute of the current event or trace: stored without further checks.
      const position = owner.keys.length;
      owner.keys.push(intern(this.keys, position, s, keyStart, keyEnd));
      owner.values.push(decodeXmlEntities(intern(this.values, position, s, valueStart, valueEnd)));
      return i + 2;
    }
    const name = s.slice(lt + 1, space);
    const key = s.slice(keyStart, keyEnd);
    this.open(name, key, s.slice(valueStart, valueEnd), selfClosing, this.base + lt);
    return selfClosing ? i + 2 : i + 1;
  }

  private unexpected(s: string, at: number, expected: string): XesSyntaxError {
    return new XesSyntaxError(this.base + at, expected, `'${s.slice(at, at + 20)}'`);
  }

  private open(
    name: string,
    key: string | null,
    value: string | null,
    selfClosing: boolean,
    offset: number,
  ): void {
    if (this.skipDepth > 0) {
      if (!selfClosing) this.enter(name, true);
      return;
    }
    const parent = this.stack.at(-1);
    if (name === "log") {
      this.sawLog = true;
    } else if (name === "trace") {
      if (parent !== "log")
        throw new XesSyntaxError(offset, "<trace> inside <log>", `<trace> in <${parent}>`);
      this.trace = { keys: [], values: [], offset, events: [] };
      this.owner = this.trace;
    } else if (name === "event") {
      if (parent !== "trace")
        throw new XesSyntaxError(offset, "<event> inside <trace>", `<event> in <${parent}>`);
      this.event = { keys: [], values: [], offset };
      this.owner = this.event;
    } else {
      if (ATTRIBUTE_ELEMENTS.has(name) && key !== null && value !== null) {
        this.owner?.keys.push(key);
        this.owner?.values.push(decodeXmlEntities(value));
      }
      if (!selfClosing) this.enter(name, true);
      return;
    }
    if (selfClosing) this.ended(name);
    else this.enter(name, false);
  }

  private enter(name: string, skipped: boolean): void {
    this.stack.push(name);
    if (skipped) this.skipDepth += 1;
  }

  private close(name: string, offset: number): void {
    const open = this.stack.pop();
    if (open !== name) {
      throw new XesSyntaxError(
        offset,
        open === undefined ? "no closing tag" : `</${open}>`,
        `</${name}>`,
      );
    }
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      return;
    }
    this.ended(name);
  }

  private ended(name: string): void {
    if (name === "event" && this.event && this.trace) {
      this.trace.events.push(this.event);
      this.event = null;
      this.owner = this.trace;
    } else if (name === "trace" && this.trace) {
      this.onTrace(this.trace);
      this.trace = null;
      this.owner = null;
    }
  }
}

/** `key="` at `at`, by character codes (cheaper than `startsWith` on this hot path). */
function isKeyOpen(s: string, at: number): boolean {
  return (
    s.charCodeAt(at) === 107 &&
    s.charCodeAt(at + 1) === 101 &&
    s.charCodeAt(at + 2) === 121 &&
    s.charCodeAt(at + 3) === 61 &&
    s.charCodeAt(at + 4) === DOUBLE_QUOTE
  );
}

/** ` value="` at `at`. */
function isValueOpen(s: string, at: number): boolean {
  return s.charCodeAt(at) === SPACE && s.startsWith('value="', at + 1);
}

/** `s.slice(start, end)`, or the equal string already at `cache[position]`. */
function intern(cache: string[], position: number, s: string, start: number, end: number): string {
  const cached = cache[position];
  if (cached !== undefined && cached.length === end - start && s.startsWith(cached, start)) {
    return cached;
  }
  const fresh = s.slice(start, end);
  cache[position] = fresh;
  return fresh;
}
