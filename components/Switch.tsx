import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  /** A second, quieter line under the label. */
  detail?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off row: a native checkbox with the switch role, so Space toggles it and screen readers say "switch". */
export function Switch({ label, detail, checked, disabled, onChange }: SwitchProps) {
  const id = useId();
  return (
    <label class="uns-switch-row" for={id}>
      <span class="uns-switch-row__text">
        <span class="uns-switch-row__label">{label}</span>
        {detail && <span class="uns-switch-row__detail">{detail}</span>}
      </span>
      <input
        id={id}
        class="uns-switch"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </label>
  );
}
