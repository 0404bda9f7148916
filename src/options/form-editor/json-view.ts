// The raw JSON of the draft, for power users, behind a toggle. It follows the form as the user types,
// and the form follows it once it parses again.
import { el } from '../../shared/dom';
import { t } from '../../shared/i18n';

export interface JsonView {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  /** Shows the draft; remembers the text, so that a later hand edit can be told apart. */
  show(draft: unknown): void;
  /** True when the text was changed by hand (or by a script) since it last showed the draft. */
  edited(): boolean;
}

export function jsonView(onText: (text: string) => void): JsonView {
  const textarea = el('textarea', { id: 'editor', attrs: { 'aria-label': t('editorLabel'), spellcheck: 'false', 'aria-describedby': 'editor-problems' } });
  const region = el('div', { id: 'json-view', attrs: { hidden: '' } }, textarea);
  const toggle = el('button', { id: 'json-toggle', text: t('jsonToggle'), attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'json-view' } });
  toggle.addEventListener('click', () => {
    const open = region.hidden;
    region.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });
  let shownText = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onText(textarea.value), 250);
  });
  return {
    element: el('div', { class: 'json-view' }, toggle, region),
    textarea,
    show(draft) {
      shownText = draft === undefined ? '' : `${JSON.stringify(draft, null, 2)}\n`;
      textarea.value = shownText;
    },
    edited: () => textarea.value !== shownText,
  };
}
