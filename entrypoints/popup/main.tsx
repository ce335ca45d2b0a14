import { render } from 'preact';
import { t, uiLocale } from '../../components/i18n';
import { PopupView } from '../../components/PopupView';
import { usePopup } from '../../components/use-popup';

function Popup() {
  return <PopupView {...usePopup()} />;
}

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
