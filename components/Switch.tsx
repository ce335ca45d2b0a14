import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  /** A second, quieter line under the label: the switch's description, not part of its name. */
  detail?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off row: a native checkbox with the switch role, so Space toggles it and screen readers say "switch". */
export function Switch({ label, detail, checked, disabled, onChange }: SwitchProps) {
  const id = useId();
  return (
    <label class="uns-switch-row" for={`${id}-input`}>
      <span class="uns-switch-row__text">
        <span class="uns-switch-row__label" id={`${id}-label`}>
          {label}
        </span>
        {detail && (
          <span class="uns-switch-row__detail" id={`${id}-detail`}>
            {detail}
          </span>
        )}
      </span>
      <input
        id={`${id}-input`}
        class="uns-switch"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-labelledby={`${id}-label`}
        aria-describedby={detail ? `${id}-detail` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </label>
  );
}
