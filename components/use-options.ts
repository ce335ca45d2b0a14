import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import { getSettings, updateSettings, watchSettings } from '../settings/settings-store';
import type { OptionsViewProps } from './OptionsView';

const SAVED_FLASH_MS = 1600;

/** The options page's state: the stored settings, saved on every change, kept in step with other windows. */
export function useOptions(): OptionsViewProps {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void getSettings().then(setSettings);
    const unwatch = watchSettings(setSettings);
    return () => {
      unwatch();
      clearTimeout(timer.current);
    };
  }, []);

  const onChange = (next: Settings) => {
    setSettings(next);
    updateSettings(next).then(
      () => {
        setSaved(true);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setSaved(false), SAVED_FLASH_MS);
      },
      // Not stored (sync quota, storage off): show what is stored rather than what is not.
      () => void getSettings().then(setSettings),
    );
  };

  return { settings, saved, onChange };
}
