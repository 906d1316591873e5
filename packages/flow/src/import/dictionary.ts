/**
 * Interns strings as integer codes. XES repeats the same few values (activities, resources,
 * attribute values) on every event; DuckDB's appender copies integer vectors in one native call
 * but strings one call each, so codes go in bulk and each distinct string goes once.
 */
export class Dictionary {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  /** How many values were already handed on with a batch. */
  stored = 0;

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

const INITIAL_CAPACITY = 1 << 16;

/** A growable typed array: rows are filled in place, and handed on without conversion. */
export class GrowableArray<T extends Int32Array | Float64Array> {
  values: T;

  constructor(
    private readonly make: (length: number) => T,
    private readonly empty: number,
  ) {
    this.values = this.fresh(INITIAL_CAPACITY);
  }

  set(row: number, value: number): void {
    if (row >= this.values.length) this.grow(Math.max(row + 1, this.values.length * 2));
    this.values[row] = value;
  }

  /** The first `length` values (empty ones past the last set), and a fresh array. */
  take(length: number): T {
    if (length > this.values.length) this.grow(length);
    const taken = this.values.slice(0, length) as T;
    this.values = this.fresh(INITIAL_CAPACITY);
    return taken;
  }

  private grow(length: number): void {
    const grown = this.fresh(length);
    grown.set(this.values);
    this.values = grown;
  }

  private fresh(length: number): T {
    const array = this.make(length);
    array.fill(this.empty);
    return array;
  }
}

/** A coded column: one code per row, -1 where the row has no value. */
export class CodedColumn {
  readonly dictionary = new Dictionary();
  readonly codes = new GrowableArray((length) => new Int32Array(length), -1);

  set(row: number, value: string | undefined): void {
    if (value !== undefined) this.codes.set(row, this.dictionary.code(value));
  }
}
