// Names the user-visible steps of a long e2e drive and logs how long each took, so a failure and
// a slow run both point at the step (the harness saves failure.png for the whole drive).
export type Step = (name: string, run: () => Promise<void>) => Promise<void>;

export function stepLogger(log: (line: string) => void): Step {
  return async (name, run) => {
    const started = Date.now();
    try {
      await run();
    } catch (error) {
      log(`step failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${name}`);
      if (error instanceof Error) error.message = `[${name}] ${error.message}`;
      throw error;
    }
    log(`step done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${name}`);
  };
}
