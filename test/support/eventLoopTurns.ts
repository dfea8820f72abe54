/**
 * Turns the event loop gets while `work` runs: a chain of setImmediate that counts until the work
 * settles. A test of "gives the host thread its turns" without timing anything: work that holds the
 * thread from start to end lets the chain run no turn at all.
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { result: await work(), turns };
  } finally {
    done = true;
  }
}
