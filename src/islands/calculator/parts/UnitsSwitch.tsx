/**
 * The switch between SI and imperial units, for calculators with an imperial view (cooling): two
 * toggle buttons (aria-pressed), each reachable with Tab.
 */
import type { UnitsControl } from '../types';

const LABELS = { si: 'SI (kW, m³/h, L/min, °C)', imperial: 'Imperial (BTU/h, CFM, US gpm, °F)' } as const;

export const UnitsSwitch: UnitsControl = ({ id, units, onChange }) => (
	<div class="calc-units" role="group" aria-labelledby={`${id}-units`}>
		<span id={`${id}-units`} class="calc-units-label">
			Units
		</span>
		{(['si', 'imperial'] as const).map((u) => (
			<button type="button" class="btn" key={u} aria-pressed={units === u} onClick={() => onChange(u)}>
				{LABELS[u]}
			</button>
		))}
	</div>
);
