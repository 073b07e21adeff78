import { lang, setLanguage, t } from '../i18n';
import { hrefFor } from '../router';

/** App title (links home) and the language switch. */
export function Header() {
  const tx = t();
  const other = lang.value === 'de' ? 'en' : 'de';
  return (
    <header class="app-header">
      <a class="app-title" href={hrefFor({ name: 'start' })}>
        <img src={`${import.meta.env.BASE_URL}icons/icon.svg`} alt="" width={32} height={32} />
        <span>{tx.appName}</span>
      </a>
      <button type="button" class="button quiet" lang={other} aria-label={tx.switchLanguageLabel} onClick={() => setLanguage(other)}>
        {tx.switchLanguage}
      </button>
    </header>
  );
}
