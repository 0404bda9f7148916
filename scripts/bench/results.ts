// Everything one run of the benchmark measured: printed as tables and written to .bench/results.json.
import type { BackgroundReadyFigures } from './background-ready';
import type { ExtractionFigures } from './extraction';
import type { LookupFigures } from './lookup';
import type { LoadSamples, PageLoadRow } from './page-load';
import type { PopupComparison, PopupRow } from './popup-time';
import type { SizeFigures } from './sizes';
import type { StartupStep } from './startup-breakdown';
import type { Summary } from './stats';

export interface BenchResults {
  startedAt: string;
  durationS: number;
  /** loadAvg: the 1-minute load average at start and at end. Above the CPU count, other work competed. */
  machine: { cpus: number; cpuModel: string; node: string; chromium: string; loadAvg: [number, number] };
  quick: boolean;
  peer: { dir: string; popupPath: string; readySelector: string | null } | null;
  /** Microseconds; `timer` is the cost of the clock reads around each single lookup. */
  lookup: { timer: Summary; sizes: LookupFigures[] };
  backgroundReady: BackgroundReadyFigures[];
  /** The same start-up work in Node, step by step, for the user layer of backgroundReady. */
  startupSteps: StartupStep[];
  extraction: ExtractionFigures[];
  pageLoad: { rows: PageLoadRow[]; samples: LoadSamples };
  popup: { rows: PopupRow[]; comparison: PopupComparison | null };
  sizes: SizeFigures[];
}
