/**
 * A table built once per process and read in place by its worker threads. Building it takes
 * seconds and megabytes, so a thread handed its parent's copy (`use`) must never build its own,
 * and the reader made over an old table must not outlive it.
 */
export interface BuiltOnce<Table, Reader> {
  /** The table: the one handed over by `use`, else built here on first call. */
  table(): Table;
  /** In a worker thread: read the table the parent built, shared with it rather than copied. */
  use(given: Table): void;
  /** The reader over `table()`, made once per thread. */
  reader(): Reader;
}

export function builtOnce<Table, Reader>(
  build: () => Table,
  read: (table: Table) => Reader,
): BuiltOnce<Table, Reader> {
  let table: Table | undefined;
  let reader: Reader | undefined;
  const current = () => {
    table ??= build();
    return table;
  };
  return {
    table: current,
    use(given) {
      table = given;
      reader = undefined;
    },
    reader() {
      reader ??= read(current());
      return reader;
    },
  };
}
