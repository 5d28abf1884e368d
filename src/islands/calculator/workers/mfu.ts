/** The mfu calculator's Monte Carlo worker: P10/P50/P90 and chart bands off the main thread. */
import { mfuCharts } from '../../../charts/mfu';
import { mfuCalculator } from '../../../engine/mfu';
import { serve } from '../mc';

serve(mfuCalculator, mfuCharts);
