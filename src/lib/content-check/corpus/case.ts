// One case of the bad-content corpus: what an attacker or a careless editor might commit, and what
// the content gate must do with it. Each class of problem keeps its cases in a `<class>.cases.ts`
// file beside this one, exporting `cases: CorpusCase[]`; corpus.test.ts runs every such file.
import type { Edits } from '../test-tree.ts';

export type CorpusCase = {
  /** What was done, in a few words (the test's name). */
  name: string;
  /** Files changed, added (string) or removed (null) in the minimal fixture, tests/fixtures/minimal. */
  edits: Edits;
  /**
   * Run on the tree's root after the edits, for what text edits cannot make: a symbolic link, a
   * binary file, a folder, a sparse oversized file.
   */
  setup?: (root: string) => Promise<void>;
} & (
  | {
      /** The content check refuses it: exactly these lines (formatProblem), errors and warnings alike. */
      refused: string[];
    }
  | {
      /** Harmless or neutralised on output (e.g. a BOM, a CSV cell starting with "="): why it is safe. */
      acceptedBecause: string;
    }
);
