/** The one clock every rule of the mocked backend reads. Frozen when started at a given instant (tests), running otherwise (demo). */
export interface Clock {
  now(): Date;
  set(date: Date | string): void;
  advance(by: { days?: number; hours?: number; minutes?: number }): void;
}

export interface ClockState {
  /** Set when frozen: the instant `now()` returns. */
  frozenAt: number | null;
  /** When running: milliseconds added to the real time. */
  offset: number;
}

export function createClock(read: () => ClockState, onChange: () => void = () => {}): Clock {
  const now = () => {
    const state = read();
    return new Date(state.frozenAt ?? Date.now() + state.offset);
  };
  const set = (date: Date | string) => {
    const ms = new Date(date).getTime();
    if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${String(date)}`);
    const state = read();
    if (state.frozenAt !== null) state.frozenAt = ms;
    else state.offset = ms - Date.now();
    onChange();
  };
  return {
    now,
    set,
    advance: ({ days = 0, hours = 0, minutes = 0 }) => set(new Date(now().getTime() + ((days * 24 + hours) * 60 + minutes) * 60_000)),
  };
}
