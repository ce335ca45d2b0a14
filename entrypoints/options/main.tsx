import { render } from 'preact';
import { t, uiLocale } from '../../components/i18n';
import { OptionsView } from '../../components/OptionsView';
import { useOptions } from '../../components/use-options';

function Options() {
  return <OptionsView {...useOptions()} />;
}

document.documentElement.lang = uiLocale();
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
